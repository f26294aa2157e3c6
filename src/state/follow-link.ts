// A link from the address bar (at start-up, or Back and Forward) shown against the catalogue on
// screen. A link made on an opened catalogue file that is not open is held, and the page says
// which file to open, rather than showing the same filters over different data.
import { decodeSearch } from '../domain/link/decode';
import type { IgnoredPart } from '../domain/link/ignored-parts';
import { knownIdsOf } from '../domain/link/known-ids';
import type { Notice } from './app-state';
import type { ViewStore } from './store';

export const LINK_IGNORED_NOTICE = 'link-ignored';

export function ignoredNotice(ignored: readonly IgnoredPart[]): Notice {
  return {
    id: LINK_IGNORED_NOTICE,
    tone: 'warning',
    title: 'Part of this link could not be used, so it was ignored',
    details: ignored.map((part) => {
      // `=foo` has no key, but its value is still named.
      const named = part.value === '' ? part.key : `${part.key}=${part.value}`;
      return named === '' ? part.reason : `${named}: ${part.reason}`;
    }),
  };
}

/**
 * Shows the view a link asks for, or holds the link when it belongs to a catalogue file that is
 * not open. Returns what it did, and the parts of the link it had to ignore.
 */
export function followLink(
  store: ViewStore,
  search: string,
): { outcome: 'shown' | 'held' | 'waiting'; ignored: IgnoredPart[] } {
  const state = store.getState();
  const { actions } = state;
  if (state.catalogue.status !== 'ready') return { outcome: 'waiting', ignored: [] };
  const onScreen = state.catalogue.identity?.id ?? null;
  const linked = decodeSearch(search, state.catalogue.known);
  let { view, ignored } = linked;

  if (view.catalogueId !== onScreen) {
    if (view.catalogueId !== null || !state.builtIn) {
      if (view.catalogueId !== null) {
        actions.setPendingLink({ id: view.catalogueId, fileName: view.catalogueFile, search });
      }
      return { outcome: 'held', ignored: [] };
    }
    // A link on the built-in catalogue while a file is open (Back past the opening): go back.
    ({ view, ignored } = decodeSearch(search, knownIdsOf(state.builtIn.catalogue)));
    actions.catalogueLoaded(state.builtIn, view);
  } else {
    actions.restoreView(view, 'none');
  }
  actions.setPendingLink(null);
  if (ignored.length > 0) actions.addNotice(ignoredNotice(ignored));
  else actions.dismissNotice(LINK_IGNORED_NOTICE);
  return { outcome: 'shown', ignored };
}
