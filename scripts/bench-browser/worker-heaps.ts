// The JS heaps of a page's workers, for the benchmark and the memory test alike.
import type { CDPSession } from 'playwright-core';

/**
 * The JS heap of every worker the page runs, after garbage collection, in MB: the catalogue may
 * live in a worker, and memory counts wherever it is. Workers are reached through the page's
 * session (auto-attach, unflattened), one message at a time.
 */
export async function workerHeapsMB(cdp: CDPSession): Promise<number> {
  const sessions: string[] = [];
  const onAttached = (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  };
  cdp.on('Target.attachedToTarget', onAttached);
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  cdp.off('Target.attachedToTarget', onAttached);
  let nextId = 0;
  const call = (sessionId: string, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      nextId += 1;
      const id = nextId;
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
        if (event.sessionId !== sessionId || reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  let bytes = 0;
  for (const sessionId of sessions) {
    await call(sessionId, 'HeapProfiler.collectGarbage');
    bytes += (await call(sessionId, 'Runtime.getHeapUsage')).usedSize ?? 0;
  }
  return bytes / 1e6;
}
