// The one place where the store and the address bar meet. A discrete change (a filter, a sort,
// opening a detail) is a new history entry; typing in search rewrites the current entry after a
// pause. history-writer.ts keeps the writes under the browsers' rate limits and never lets one
// that fails stop the store. The address is written after the change has painted, never inside
// the store update, so building the link and calling the history API cost the interaction
// nothing; "Copy link" builds its link from the view itself, so it never waits for the address.
import type { LoadedCatalogue } from '../catalogue/loaded';
import type { Catalogue } from '../catalogue/schema';
import { shareableHash } from '../domain/link/hash';
import { decodeSearch } from '../domain/link/decode';
import { hrefWithSearch, viewUrl } from '../domain/link/view-url';
import { changesFrom } from '../domain/view/changes';
import { normaliseView } from '../domain/view/normalise';
import { DEFAULT_VIEW, type ViewState } from '../domain/view/state';
import { knownIdsOf } from '../domain/link/known-ids';
import { followLink, ignoredNotice } from './follow-link';
import { createHistoryWriter, type HistoryWriter } from './history-writer';
import type { ViewStore } from './store';

export const REPLACE_DELAY_MS = 500;

type Location = { pathname: string; search: string; hash: string };
type HistoryLike = Pick<History, 'pushState' | 'replaceState'>;
type WindowLike = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Location & { href: string };
  history: HistoryLike;
};

/** Reads the view a link asks for, against the ids the catalogue really has. */
export function viewFromLocation(location: Location, catalogue: Catalogue) {
  return decodeSearch(location.search, knownIdsOf(catalogue));
}

/** Runs `task` once the frame that shows the current change has painted. */
export type AfterPaint = (task: () => void) => void;

// A frame callback runs before the paint; a task queued from it runs after. A hidden page gets no
// frames, so a timer stands in for them (whichever comes first runs the task, once).
const HIDDEN_PAGE_MS = 100;
export const afterPaint: AfterPaint = (task) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(once, HIDDEN_PAGE_MS);
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
};

type Change = { view: ViewState; mode: 'push' | 'replace'; at: number };

/**
 * Keeps the URL in step with the store from now on, and the store in step with Back/Forward.
 * Returns a function that stops both.
 */
export function syncUrlWithStore(
  store: ViewStore,
  win: WindowLike = window,
  writer: HistoryWriter = createHistoryWriter(win),
  later: AfterPaint = afterPaint,
): () => void {
  const urlFor = (view: ViewState) => viewUrl(win.location.href, view);
  // Changes made since the last paint, in order: each still counts as its own push or replace.
  let waiting: Change[] = [];

  const write = () => {
    const changes = waiting;
    waiting = [];
    for (const { view, mode, at } of changes) {
      if (mode === 'replace') writer.replace(urlFor(view), REPLACE_DELAY_MS, at);
      else writer.push(urlFor(view), at);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    if (state.historyMode !== 'replace' && state.historyMode !== 'push') return;
    waiting.push({ view: state.view, mode: state.historyMode, at: Date.now() });
    if (waiting.length === 1) later(write);
  });

  const onPopState = () => {
    waiting = [];
    writer.cancel();
    followLink(store, win.location.search);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    write();
    writer.flush();
    writer.cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

/**
 * Hands the store the loaded catalogue together with the view the link asks for, in one update,
 * so a shared link never flashes the default view first; says what the link asked for that was
 * ignored, rewrites the address to the view shown, and keeps the two in step from then on.
 */
export function openLinkedView(
  store: ViewStore,
  data: LoadedCatalogue,
  win: WindowLike = window,
  later: AfterPaint = afterPaint,
): () => void {
  const { view: linked, ignored } = viewFromLocation(win.location, data.catalogue);
  const { actions } = store.getState();
  const writer = createHistoryWriter(win);
  // What the person did while the catalogue loaded (pressed Glossary, typed a search) came after
  // the link was followed: it is kept over what the link asks, not lost when the rows arrive.
  const early = changesFrom(DEFAULT_VIEW, store.getState().view);
  const acted = Object.keys(early).length > 0;
  const view = acted ? normaliseView({ ...linked, ...early }).view : linked;
  if (view.catalogueId !== null) {
    // A link made on an opened file: show the built-in catalogue and say which file to open.
    actions.catalogueLoaded(data);
    followLink(store, win.location.search);
  } else {
    actions.catalogueLoaded(data, view);
    if (ignored.length > 0) actions.addNotice(ignoredNotice(ignored));
    // The address says the view shown, where that is not what the link said.
    if (ignored.length > 0 || acted) {
      writer.replace(viewUrl(win.location.href, view), 0);
    } else if (shareableHash(win.location.hash) !== win.location.hash) {
      // A skip link's hash that came with the link: drop it, and leave the query as written.
      writer.replace(hrefWithSearch(win.location.href, win.location.search), 0);
    }
  }
  return syncUrlWithStore(store, win, writer, later);
}
