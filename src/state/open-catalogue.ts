// Opening a catalogue file: a worker reads and checks it while the page stays usable; the page
// then builds the table rows in short slices. The catalogue on screen stays until the new one is
// ready, and stays for good if the file is refused. A link waiting for this very file is applied.
import type { CatalogueIdentity } from '../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../catalogue/load';
import { openFile, type OpenMessage, type OpenRequest } from '../catalogue/open-protocol';
import type { System } from '../catalogue/schema';
import { decodeSearch } from '../domain/link/codec';
import { TRUST_ALL, trustTest } from '../domain/sources/trust';
import { rowDeriver, type TableRow } from '../domain/table/rows';
import { defaultView } from '../domain/view/state';
import { ignoredNotice, knownIdsOf } from './follow-link';
import { IMPORT_REPORT_NOTICE, type ViewStore } from './store';

export type WorkerLike = {
  postMessage: (request: OpenRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<OpenMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

export type OpenDeps = {
  /** A worker running src/catalogue/open-worker.ts, or null where workers cannot run. */
  createWorker: () => WorkerLike | null;
  /** Yields to the page between slices of work. */
  pause: () => Promise<void>;
  /** How long the worker may stay silent, for a file of this many bytes, before it is given up. */
  quietLimitMs?: (fileSize: number) => number;
};

const ROWS_PER_SLICE = 5000;
export const WRONG_FILE_NOTICE = 'wrong-catalogue-file';

/**
 * The worker is silent while it reads, decodes and parses the file, which for the largest file a
 * browser can read takes some seconds: ten seconds, plus a tenth of a second per megabyte.
 */
export const quietLimitMs = (fileSize: number) => 10_000 + Math.ceil(fileSize / 10_000);

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
  quietLimitMs,
};

/** The open under way in each store, so a second open (or Cancel) ends the first. */
const running = new WeakMap<ViewStore, () => void>();

/** Ends the open under way, if any; the catalogue on screen stays. */
export function cancelOpen(store: ViewStore): void {
  running.get(store)?.();
  store.getState().actions.openCancelled();
}

const readerProblem = (fileName: string, message: string) => ({
  file: fileName,
  path: '(file)',
  message,
});

/** Opens a file into the store; a second call cancels a first that is still running. */
export function openCatalogueFile(
  store: ViewStore,
  file: Blob & { name: string },
  deps: OpenDeps = BROWSER_DEPS,
): Promise<void> {
  running.get(store)?.();
  const { actions } = store.getState();
  const fileName = file.name;
  actions.openStarted(fileName);
  const systems: System[] = [];
  let cancelled = false;
  let worker: WorkerLike | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const quietLimit = (deps.quietLimitMs ?? quietLimitMs)(file.size);

  return new Promise<void>((resolve) => {
    const endWorker = () => {
      clearTimeout(watchdog);
      if (worker) {
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
        worker.terminate();
      }
      worker = null;
    };
    const stop = () => {
      endWorker();
      if (running.get(store) === cancel) running.delete(store);
      resolve();
    };
    const cancel = () => {
      cancelled = true;
      systems.length = 0;
      stop();
    };
    running.set(store, cancel);

    // The reader failed, not the file: say so, and offer to open the same file again.
    const readerFailed = (message: string) => {
      if (cancelled) return;
      cancelled = true;
      systems.length = 0;
      actions.openFailed({
        fileName,
        problems: [readerProblem(fileName, message)],
        total: 1,
        retry: file,
      });
      stop();
    };
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(
        () =>
          readerFailed(
            `could not be checked: the background reader stopped answering (no word from it for ${Math.round(quietLimit / 1000)} seconds). The file itself may be fine`,
          ),
        quietLimit,
      );
    };

    const handle = (message: OpenMessage) => {
      if (cancelled) return;
      if (worker) armWatchdog();
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
          endWorker();
          void finish(
            store,
            { catalogue: { ...message.catalogue, systems }, sources: message.sources },
            message.identity,
            deps,
            () => cancelled,
          )
            .then(() => {
              // What an import read (a SIPRI export), said once its table is on screen.
              if (cancelled) return;
              if (message.report) {
                actions.addNotice({ id: IMPORT_REPORT_NOTICE, tone: 'info', ...message.report });
              } else actions.dismissNotice(IMPORT_REPORT_NOTICE);
            })
            .then(stop);
          break;
      }
    };
    const onPage = () => {
      openFile(request, handle, deps.pause).catch((error: unknown) =>
        readerFailed(
          `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    };

    const request = { file, fileName };
    worker = deps.createWorker();
    if (worker) {
      worker.onmessage = (event) => handle(event.data);
      worker.onerror = () => {
        // The worker could not start (or died): do the work on the page instead.
        endWorker();
        systems.length = 0;
        onPage();
      };
      worker.onmessageerror = () =>
        readerFailed('could not be checked: a message from the background reader was lost');
      armWatchdog();
      worker.postMessage(request);
    } else {
      onPage();
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
  // With the grades, so the level can name the weakest it rests on (issue 21).
  const derive = rowDeriver(data.catalogue, trustTest(TRUST_ALL, data.sources));
  for (let i = 0; i < systems.length; i += ROWS_PER_SLICE) {
    for (const system of systems.slice(i, i + ROWS_PER_SLICE)) rows.push(derive(system));
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
