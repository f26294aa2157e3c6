// Where the catalogue service runs: in a worker, so the page never waits on it, or on the page
// itself where no worker starts (a page opened from disk, the single-file build, jsdom). Both
// deliver every message later, never during the call that sent it, so callers see one behaviour.
import { createCatalogueHost } from './host';
import type { CatalogueReply, CatalogueRequest, Transport } from './protocol';

const later = (run: () => void) => void Promise.resolve().then(run);

/** The service on the page, fed the same messages a worker would be. */
export function inPageTransport(pause?: () => Promise<void>): Transport {
  let deliver: (reply: CatalogueReply) => void = () => undefined;
  let ended = false;
  const host = createCatalogueHost((reply) => later(() => ended || deliver(reply)), pause);
  return {
    post: (request) => later(() => ended || host(request)),
    listen: (onReply) => {
      deliver = onReply;
    },
    terminate: () => {
      ended = true;
    },
  };
}

export type WorkerLike = {
  postMessage: (request: CatalogueRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<CatalogueReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./catalogue-worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike;
  } catch {
    // A page opened from disk may not start workers.
    return null;
  }
}

/**
 * The service in a worker. A worker that fails before its first reply (its script would not load)
 * gives way to the service on the page, which is sent every request again; one that fails later
 * has lost the catalogue it held, and the failure is reported.
 */
export function workerTransport(
  start: () => WorkerLike | null = startWorker,
  fallback: () => Transport = inPageTransport,
): Transport {
  const worker = start();
  if (!worker) return fallback();
  let unanswered: CatalogueRequest[] | null = [];
  let onReply: (reply: CatalogueReply) => void = () => undefined;
  let onFailure: (reason: string) => void = () => undefined;
  let replacement: Transport | null = null;
  const detach = () => {
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
  };

  worker.onmessage = (event) => {
    unanswered = null;
    onReply(event.data);
  };
  worker.onerror = () => {
    detach();
    if (unanswered) {
      replacement = fallback();
      replacement.listen(onReply, onFailure);
      for (const request of unanswered) replacement.post(request);
      unanswered = null;
    } else onFailure('the background reader stopped');
  };
  worker.onmessageerror = () => {
    detach();
    onFailure('a message from the background reader was lost');
  };
  return {
    post: (request) => {
      if (replacement) return replacement.post(request);
      unanswered?.push(request);
      worker.postMessage(request);
    },
    listen: (reply, failure) => {
      onReply = reply;
      onFailure = failure;
    },
    terminate: () => (replacement ? replacement.terminate() : detach()),
  };
}
