// A file read and checked through the open protocol, gathered into one catalogue for the service to
// hold. Its progress and its problems go on to the page as they come; the systems are gathered
// from their chunks. The protocol is a chunk of its own: the page's first view opens no file
// (issue 22).
import type { CatalogueIdentity } from '../../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../../catalogue/loaded';
import type { OpenMessage, OpenRequest } from '../../catalogue/open-protocol';
import type { System } from '../../catalogue/schema';
import type { ImportReport } from '../../catalogue/sipri/read-trade-register';

/** What goes on to the page as the file is read. */
export type OpenNotice = Extract<OpenMessage, { type: 'progress' | 'failed' }>;
type Done = Extract<OpenMessage, { type: 'done' }>;

export type Opened = { data: LoadedCatalogue; identity: CatalogueIdentity; report?: ImportReport };

/** The catalogue the file holds, or null when it failed its checks (the page has been told why). */
export async function readOpened(
  request: OpenRequest,
  pass: (message: OpenNotice) => void,
  pause: () => Promise<void>,
): Promise<Opened | null> {
  const systems: System[] = [];
  let done: Done | null = null;
  let failed = false;
  const onMessage = (message: OpenMessage) => {
    if (message.type === 'systems') systems.push(...message.systems);
    else if (message.type === 'done') done = message;
    else {
      if (message.type === 'failed') failed = true;
      pass(message);
    }
  };
  const { openFile } = await import('../../catalogue/open-protocol');
  await openFile(request, onMessage, pause);
  // Set inside onMessage, which TypeScript cannot follow.
  const opened = done as Done | null;
  if (failed || !opened) return null;
  const { catalogue, sources, identity, report } = opened;
  return {
    data: { catalogue: { ...catalogue, systems }, sources },
    identity,
    ...(report ? { report } : {}),
  };
}
