// The one place where the store and the address bar meet. A discrete change (a filter, a sort,
// opening a detail) is a new history entry; typing in search rewrites the current entry after a
// pause, which keeps well under Safari's limit of about 100 replaceState calls per 30 seconds.
import type { LoadedCatalogue } from '../catalogue/load';
import type { Catalogue } from '../catalogue/schema';
import { decodeSearch, viewToSearch } from '../domain/link/codec';
import type { ViewState } from '../domain/view/state';
import { followLink, ignoredNotice, knownIdsOf } from './follow-link';
import type { ViewStore } from './store';

export const REPLACE_DELAY_MS = 500;

type Location = { pathname: string; search: string; hash: string };
type HistoryLike = Pick<History, 'pushState' | 'replaceState'>;
type WindowLike = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Location;
  history: HistoryLike;
};

/** Reads the view a link asks for, against the ids the catalogue really has. */
export function viewFromLocation(location: Location, catalogue: Catalogue) {
  return decodeSearch(location.search, knownIdsOf(catalogue));
}

/**
 * Keeps the URL in step with the store from now on, and the store in step with Back/Forward.
 * Returns a function that stops both.
 */
export function syncUrlWithStore(store: ViewStore, win: WindowLike = window): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const urlFor = (view: ViewState) =>
    `${win.location.pathname}${viewToSearch(view)}${win.location.hash}`;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;

  // Writes a pending search into the current entry. Before a push it must write the view as it
  // was before that change, or the change would land in the old entry and Back would skip it.
  const flush = (view: ViewState = store.getState().view) => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    const url = urlFor(view);
    if (url !== current()) win.history.replaceState(null, '', url);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    if (state.historyMode === 'replace') {
      if (pending !== undefined) clearTimeout(pending);
      pending = setTimeout(() => flush(), REPLACE_DELAY_MS);
      return;
    }
    if (state.historyMode === 'push') {
      flush(previous.view);
      const url = urlFor(state.view);
      if (url !== current()) win.history.pushState(null, '', url);
    }
  });

  const onPopState = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
    followLink(store, win.location.search);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    flush();
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
): () => void {
  const { view, ignored } = viewFromLocation(win.location, data.catalogue);
  const { actions } = store.getState();
  if (view.catalogueId !== null) {
    // A link made on an opened file: show the built-in catalogue and say which file to open.
    actions.catalogueLoaded(data);
    followLink(store, win.location.search);
  } else {
    actions.catalogueLoaded(data, view);
    if (ignored.length > 0) {
      actions.addNotice(ignoredNotice(ignored));
      const { pathname, hash } = win.location;
      win.history.replaceState(null, '', `${pathname}${viewToSearch(view)}${hash}`);
    }
  }
  return syncUrlWithStore(store, win);
}
