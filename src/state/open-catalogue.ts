// Opening a catalogue file: a catalogue service of its own (in a worker where one starts) reads and
// checks the file, and then holds it and answers the page's questions about it, so the systems
// never cross to the page. A small catalogue is the exception: once checked it is handed to a
// service on the page, so that each answer is drawn in the frame that asked for it. The catalogue on screen, in its own service, stays until the new one is
// ready, and stays for good if the file is refused or its reader stops answering. A link waiting
// for this very file is applied.
import { foundIn } from '../catalogue/problem';
import { decodeSearch } from '../domain/link/decode';
import { defaultView } from '../domain/view/state';
import { createCatalogueClient, type CatalogueClient } from './catalogue-service/client';
import {
  SMALL_CATALOGUE,
  type CatalogueSummary,
  type Transport,
} from './catalogue-service/protocol';
import { inPageTransport, workerTransport } from './catalogue-service/transport';
import { ignoredNotice } from './follow-link';
import { IMPORT_REPORT_NOTICE, type ViewStore } from './store';

export type OpenDeps = {
  /** Where the service that opens the file, and then holds it, runs. */
  transport: () => Transport;
  /** How long the reader may stay silent, for a file of this many bytes, before it is given up. */
  quietLimitMs?: (fileSize: number) => number;
  /** A catalogue of up to this many systems is handed to the page once checked. */
  heldOnPageUpTo?: number;
};

export const WRONG_FILE_NOTICE = 'wrong-catalogue-file';

/**
 * The reader is silent while it reads, decodes and parses the file, which for the largest file a
 * browser can read takes some seconds: ten seconds, plus a tenth of a second per megabyte.
 */
export const quietLimitMs = (fileSize: number) => 10_000 + Math.ceil(fileSize / 10_000);

export const BROWSER_DEPS: OpenDeps = { transport: () => workerTransport(), quietLimitMs };

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
  // What is typed in the search box while the file opens is kept for the file's table.
  const searchBefore = store.getState().view.search;
  actions.openStarted(fileName);
  const quietLimit = (deps.quietLimitMs ?? quietLimitMs)(file.size);
  const service = createCatalogueClient(deps.transport());
  let ended = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  return new Promise<void>((resolve) => {
    /** Ends this open; the service is kept only when its catalogue went on screen. */
    const end = (shown: boolean) => {
      if (ended) return;
      ended = true;
      clearTimeout(watchdog);
      if (!shown) service.terminate();
      if (running.get(store) === cancel) running.delete(store);
      resolve();
    };
    const cancel = () => end(false);
    running.set(store, cancel);

    // The reader failed, not the file: say so, and offer to open the same file again.
    const readerFailed = (message: string) => {
      if (ended) return;
      actions.openFailed({
        fileName,
        problems: [readerProblem(fileName, message)],
        total: 1,
        retry: file,
      });
      end(false);
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

    armWatchdog();
    const job = service.open(file, fileName, (progress) => {
      if (ended) return;
      armWatchdog();
      actions.openProgressed(progress);
    });
    void job.done.then(async (outcome) => {
      if (ended) return;
      switch (outcome.outcome) {
        case 'ready': {
          // The summary of a large file takes a while to arrive (100,000 ids, read as the reply is
          // taken), and the new table a while to draw: one task each, not one long task (issue 24).
          await nextTask();
          if (ended) return;
          const holder = await onPage(service, outcome.summary, deps);
          if (ended) {
            holder.terminate();
            return;
          }
          if (holder !== service) service.terminate();
          show(store, outcome.summary, holder, searchBefore);
          end(true);
          break;
        }
        case 'failed':
          actions.openFailed({ fileName, ...foundIn(outcome) });
          end(false);
          break;
        case 'broken':
          readerFailed(`could not be checked: ${outcome.reason}`);
          break;
        case 'dropped':
          end(false);
          break;
      }
    });
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A small catalogue in a service on the page, handed over by the one that checked it; any other,
 * or one whose handing over fails, stays where it is.
 */
async function onPage(
  service: CatalogueClient,
  summary: CatalogueSummary,
  deps: OpenDeps,
): Promise<CatalogueClient> {
  if (summary.systemCount > (deps.heldOnPageUpTo ?? SMALL_CATALOGUE)) return service;
  const data = await service.catalogue();
  if (!data) return service;
  const page = createCatalogueClient(inPageTransport());
  const held = await page.load(data);
  if (held.outcome === 'ready') return page;
  page.terminate();
  return service;
}

/**
 * Puts an opened catalogue on screen, in the view a held link asked for if it was made on it;
 * otherwise in a fresh view, with any search typed since the open began (`searchBefore` was the
 * search then).
 */
function show(
  store: ViewStore,
  summary: CatalogueSummary,
  service: CatalogueClient,
  searchBefore: string,
): void {
  const { actions, pendingLink, view } = store.getState();
  const identity = summary.identity;
  if (!identity) throw new Error('an opened catalogue has the identity of its file');
  const fileView = {
    ...defaultView(),
    catalogueId: identity.id,
    catalogueFile: identity.fileName,
    search: view.search === searchBefore ? '' : view.search,
  };
  if (pendingLink && pendingLink.id === identity.id) {
    // The link the page was holding was made on this file: show its view, in place.
    const { view, ignored } = decodeSearch(pendingLink.search, summary.known);
    actions.catalogueOpened(summary, service, view, 'none');
    actions.setPendingLink(null);
    if (ignored.length > 0) actions.addNotice(ignoredNotice(ignored));
  } else {
    actions.catalogueOpened(summary, service, fileView, 'push');
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
  // What an import read (a SIPRI export), said once its table is on screen.
  if (summary.report) {
    actions.addNotice({ id: IMPORT_REPORT_NOTICE, tone: 'info', ...summary.report });
  } else actions.dismissNotice(IMPORT_REPORT_NOTICE);
}
