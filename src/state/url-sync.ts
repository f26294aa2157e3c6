// The one place where the store and the address bar meet. A discrete change (a filter, a sort,
// opening a detail) is a new history entry; typing in search rewrites the current entry after a
// pause. history-writer.ts keeps the writes under the browsers' rate limits and never lets one
// that fails stop the store.
import type { LoadedCatalogue } from '../catalogue/load';
import type { Catalogue } from '../catalogue/schema';
import { shareableHash } from '../domain/link/hash';
import { decodeSearch } from '../domain/link/decode';
import { hrefWithSearch, viewUrl } from '../domain/link/view-url';
import type { ViewState } from '../domain/view/state';
import { followLink, ignoredNotice, knownIdsOf } from './follow-link';
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

/**
 * Keeps the URL in step with the store from now on, and the store in step with Back/Forward.
 * Returns a function that stops both.
 */
export function syncUrlWithStore(
  store: ViewStore,
  win: WindowLike = window,
  writer: HistoryWriter = createHistoryWriter(win),
): () => void {
  const urlFor = (view: ViewState) => viewUrl(win.location.href, view);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    if (state.historyMode === 'replace') writer.replace(urlFor(state.view), REPLACE_DELAY_MS);
    else if (state.historyMode === 'push') writer.push(urlFor(state.view));
  });

  const onPopState = () => {
    writer.cancel();
    followLink(store, win.location.search);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
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
): () => void {
  const { view, ignored } = viewFromLocation(win.location, data.catalogue);
  const { actions } = store.getState();
  const writer = createHistoryWriter(win);
  if (view.catalogueId !== null) {
    // A link made on an opened file: show the built-in catalogue and say which file to open.
    actions.catalogueLoaded(data);
    followLink(store, win.location.search);
  } else {
    actions.catalogueLoaded(data, view);
    if (ignored.length > 0) {
      actions.addNotice(ignoredNotice(ignored));
      writer.replace(viewUrl(win.location.href, view), 0);
    } else if (shareableHash(win.location.hash) !== win.location.hash) {
      // A skip link's hash that came with the link: drop it, and leave the query as written.
      writer.replace(hrefWithSearch(win.location.href, win.location.search), 0);
    }
  }
  return syncUrlWithStore(store, win, writer);
}
