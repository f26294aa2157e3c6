// Opening a catalogue file: a worker reads and checks it while the page stays usable; the page
// then builds the table rows in short slices. The catalogue on screen stays until the new one is
// ready, and stays for good if the file is refused. A link waiting for this very file is applied.
import type { CatalogueIdentity } from '../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../catalogue/load';
import { openFile, type OpenMessage, type OpenRequest } from '../catalogue/open-protocol';
import type { System } from '../catalogue/schema';
import { decodeSearch } from '../domain/link/codec';
import { deriveRow, type TableRow } from '../domain/table/rows';
import { defaultView } from '../domain/view/state';
import { ignoredNotice, knownIdsOf } from './follow-link';
import type { ViewStore } from './store';

export type WorkerLike = {
  postMessage: (request: OpenRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<OpenMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type OpenDeps = {
  /** A worker running src/catalogue/open-worker.ts, or null where workers cannot run. */
  createWorker: () => WorkerLike | null;
  /** Yields to the page between slices of work. */
  pause: () => Promise<void>;
};

const ROWS_PER_SLICE = 5000;
export const WRONG_FILE_NOTICE = 'wrong-catalogue-file';

function createOpenWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../catalogue/open-worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike;
  } catch {
    // A page opened from disk may not start workers; the same work then runs on the page.
    return null;
  }
}

export const BROWSER_DEPS: OpenDeps = {
  createWorker: createOpenWorker,
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

let cancelCurrent: (() => void) | null = null;

/** Opens a file into the store; a second call cancels a first that is still running. */
export function openCatalogueFile(
  store: ViewStore,
  file: Blob & { name: string },
  deps: OpenDeps = BROWSER_DEPS,
): Promise<void> {
  cancelCurrent?.();
  const { actions } = store.getState();
  const fileName = file.name;
  actions.openStarted(fileName);
  const systems: System[] = [];
  let cancelled = false;
  let worker: WorkerLike | null = null;

  return new Promise<void>((resolve) => {
    const stop = () => {
      worker?.terminate();
      worker = null;
      if (cancelCurrent === cancel) cancelCurrent = null;
      resolve();
    };
    const cancel = () => {
      cancelled = true;
      stop();
    };
    cancelCurrent = cancel;

    const handle = (message: OpenMessage) => {
      if (cancelled) return;
      switch (message.type) {
        case 'progress':
          actions.openProgressed(message.progress);
          break;
        case 'failed':
          actions.openFailed({ fileName, problems: message.problems, total: message.total });
          stop();
          break;
        case 'systems':
          systems.push(...message.systems);
          break;
        case 'done':
          worker?.terminate();
          worker = null;
          void finish(
            store,
            { catalogue: { ...message.catalogue, systems }, sources: message.sources },
            message.identity,
            deps,
            () => cancelled,
          ).then(stop);
          break;
      }
    };

    const request = { file, fileName };
    worker = deps.createWorker();
    if (worker) {
      worker.onmessage = (event) => handle(event.data);
      worker.onerror = () => {
        // The worker could not start (or died): do the work on the page instead.
        worker?.terminate();
        worker = null;
        systems.length = 0;
        void openFile(request, handle, deps.pause);
      };
      worker.postMessage(request);
    } else {
      void openFile(request, handle, deps.pause);
    }
  });
}

async function finish(
  store: ViewStore,
  data: LoadedCatalogue,
  identity: CatalogueIdentity,
  deps: OpenDeps,
  isCancelled: () => boolean,
): Promise<void> {
  const { systems } = data.catalogue;
  const rows: TableRow[] = [];
  for (let i = 0; i < systems.length; i += ROWS_PER_SLICE) {
    for (const system of systems.slice(i, i + ROWS_PER_SLICE)) rows.push(deriveRow(system));
    store.getState().actions.openProgressed({ phase: 'preparing', done: i, total: systems.length });
    await deps.pause();
    if (isCancelled()) return;
  }

  const { actions, pendingLink } = store.getState();
  const fileView = { ...defaultView(), catalogueId: identity.id, catalogueFile: identity.fileName };
  if (pendingLink && pendingLink.id === identity.id) {
    // The link the page was holding was made on this file: show its view, in place.
    const { view, ignored } = decodeSearch(pendingLink.search, knownIdsOf(data.catalogue));
    actions.catalogueLoaded(data, view, { identity, rows, historyMode: 'none' });
    actions.setPendingLink(null);
    if (ignored.length > 0) actions.addNotice(ignoredNotice(ignored));
    return;
  }
  actions.catalogueLoaded(data, fileView, { identity, rows, historyMode: 'push' });
  if (pendingLink) {
    actions.setPendingLink(null);
    actions.addNotice({
      id: WRONG_FILE_NOTICE,
      tone: 'warning',
      title: 'This is not the file the link was made on',
      details: [
        `The link was made on ${pendingLink.fileName ?? 'another file'} (catalogue id ${pendingLink.id}); ${identity.fileName} has id ${identity.id}. Its own table is shown instead.`,
      ],
    });
  }
}
