import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewToSearch } from '../../src/domain/link/codec';
import { ignoredNotice, knownIdsOf } from '../../src/state/follow-link';
import {
  openLinkedView,
  REPLACE_DELAY_MS,
  syncUrlWithStore,
  viewFromLocation,
} from '../../src/state/url-sync';
import { createViewStore } from '../../src/state/store';
import { loadShippedCatalogue, viewWith } from '../support/render-with-store';

const data = loadShippedCatalogue();

/** Just enough of a window: a location the fake history really moves, and popstate listeners. */
function fakeWindow(path = '/app/', search = '', hash = '') {
  const location = { pathname: path, search, hash };
  const listeners = new Set<() => void>();
  const go = (url: string | URL | null | undefined) => {
    const next = new URL(String(url), 'https://example.test');
    location.pathname = next.pathname;
    location.search = next.search;
    location.hash = next.hash;
  };
  const history = {
    pushState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => go(url)),
    replaceState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => go(url)),
  };
  return {
    location,
    history,
    addEventListener: vi.fn((type: string, listener: () => void) => {
      if (type === 'popstate') listeners.add(listener);
    }),
    removeEventListener: vi.fn((type: string, listener: () => void) => {
      if (type === 'popstate') listeners.delete(listener);
    }),
    listeners,
    /** The user pressed Back or Forward to an entry with this query string. */
    popTo(searchText: string) {
      location.search = searchText;
      for (const listener of listeners) listener();
    },
  };
}

type FakeWindow = ReturnType<typeof fakeWindow>;

function setUp(win: FakeWindow = fakeWindow()) {
  const store = createViewStore();
  store.getState().actions.catalogueLoaded(data);
  // The fake implements only what syncUrlWithStore touches.
  const stop = syncUrlWithStore(store, win as unknown as Window);
  return { store, win, stop, actions: store.getState().actions };
}

describe('syncUrlWithStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pushes a new history entry for each discrete change', () => {
    const { win, actions } = setUp();
    actions.togglePlatformType('mbt');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', '/app/?v=1&type=mbt');
    actions.toggleCapability('ammunition');
    expect(win.history.pushState).toHaveBeenCalledTimes(2);
    expect(win.location.search).toBe('?v=1&type=mbt&cap=ammunition');
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('keeps the hash of the page', () => {
    const { win, actions } = setUp(fakeWindow('/', '', '#main'));
    actions.openDetail('akm');
    expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', '/?v=1&sys=akm#main');
  });

  it('turns several keystrokes into one replaceState after a pause', () => {
    const { win, actions } = setUp();
    for (const text of ['t', 't-', 't-7', 't-72']) {
      actions.setSearch(text);
      vi.advanceTimersByTime(REPLACE_DELAY_MS - 1);
    }
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.replaceState).toHaveBeenLastCalledWith(null, '', '/app/?v=1&q=t-72');
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('writes a pending search no later than the next discrete change', () => {
    const { win, actions } = setUp();
    actions.setSearch('rpg');
    actions.togglePlatformType('rpg');
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?v=1&type=rpg&q=rpg');
    vi.runAllTimers();
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('gives the default view a bare path', () => {
    const { win, actions } = setUp();
    actions.togglePlatformType('mbt');
    actions.togglePlatformType('mbt');
    expect(win.history.pushState).toHaveBeenCalledTimes(2);
    expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', '/app/');
    expect(win.location.search).toBe('');
  });

  it('writes nothing when the address already shows the view', () => {
    const { win, actions } = setUp(fakeWindow('/', '?v=1&type=mbt'));
    actions.restoreView(viewWith({ platformTypes: ['mbt'] }), 'push');
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('records nothing for a change that asks for no history', () => {
    const { win, actions } = setUp();
    actions.restoreView(viewWith({ platformTypes: ['apc'] }));
    vi.runAllTimers();
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('records nothing for a change outside the view', () => {
    const { win, actions } = setUp();
    actions.addNotice({ id: 'x', tone: 'info', title: 'Hello', details: [] });
    vi.runAllTimers();
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  describe('Back and Forward', () => {
    it('restores the view the address now holds, without writing history', () => {
      const { store, win } = setUp();
      win.popTo('?v=1&type=apc_rifle&sort=-system');
      expect(store.getState().view).toEqual(
        viewWith({ platformTypes: ['apc', 'rifle'], sorting: [{ column: 'system', desc: true }] }),
      );
      expect(store.getState().historyMode).toBe('none');
      vi.runAllTimers();
      expect(win.history.pushState).not.toHaveBeenCalled();
      expect(win.history.replaceState).not.toHaveBeenCalled();
      expect(store.getState().notices).toEqual([]);
    });

    it('tells the user which parts of the address it ignored', () => {
      const { store, win } = setUp();
      win.popTo('?v=1&type=mbt_zeppelin&sys=nope');
      expect(store.getState().view.platformTypes).toEqual(['mbt']);
      expect(store.getState().view.detail).toBeNull();
      const [notice] = store.getState().notices;
      expect(notice?.id).toBe('link-ignored');
      expect(notice?.tone).toBe('warning');
      expect(notice?.details).toEqual([
        "type=zeppelin: unknown platform type 'zeppelin'",
        "sys=nope: unknown system 'nope'",
      ]);
    });

    it('drops a search still waiting to be written, so the restored entry is not overwritten', () => {
      const { win, actions } = setUp();
      actions.setSearch('akm');
      win.popTo('?v=1&type=mbt');
      vi.runAllTimers();
      expect(win.history.replaceState).not.toHaveBeenCalled();
      expect(win.location.search).toBe('?v=1&type=mbt');
    });
  });

  it('stops listening when stopped, writing any pending search first', () => {
    const { store, win, actions, stop } = setUp();
    actions.setSearch('akm');
    stop();
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.listeners.size).toBe(0);
    actions.togglePlatformType('mbt');
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(store.getState().view.platformTypes).toEqual(['mbt']);
  });
});

describe('viewFromLocation', () => {
  it('reads the view a link asks for against the catalogue’s own ids', () => {
    const view = viewWith({ detail: 'm113', comparison: ['t-72', 'akm.iraq.akm-iraqi-army'] });
    const { view: read, ignored } = viewFromLocation(
      { pathname: '/', search: viewToSearch(view), hash: '' },
      data.catalogue,
    );
    expect(ignored).toEqual([]);
    expect(read).toEqual(view);
  });

  it('knows every system and every variant as a compare item', () => {
    const known = knownIdsOf(data.catalogue);
    expect(known.systems).toEqual(['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm']);
    expect(known.comparisonItems).toContain('t-72.iraq.t-72m1');
    expect(known.comparisonItems).toHaveLength(6 * 3);
  });
});

describe('ignoredNotice', () => {
  it('names each ignored part with its key and value where it has them', () => {
    expect(
      ignoredNotice([
        { key: 'type', value: 'x', reason: 'unknown' },
        { key: 'more', value: '', reason: 'no value given' },
        { key: '', value: '', reason: '3 more ignored parts' },
      ]).details,
    ).toEqual(['type=x: unknown', 'more: no value given', '3 more ignored parts']);
  });
});

describe('openLinkedView', () => {
  it('shows the catalogue and the linked view in one update, and leaves a clean address alone', () => {
    const store = createViewStore();
    const statuses: string[] = [];
    store.subscribe((state) => statuses.push(state.catalogue.status));
    const win = fakeWindow('/app/', '?v=1&type=rifle');
    openLinkedView(store, data, win as unknown as Window);
    expect(statuses).toEqual(['ready']);
    expect(store.getState().view.platformTypes).toEqual(['rifle']);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(store.getState().notices).toEqual([]);
  });

  it('says what the link asked for that was ignored and rewrites the address to the view shown', () => {
    const store = createViewStore();
    const win = fakeWindow('/app/', '?v=1&type=rifle_tnk', '#top');
    openLinkedView(store, data, win as unknown as Window);
    expect(store.getState().notices.map((notice) => notice.details)).toEqual([
      ["type=tnk: unknown platform type 'tnk'"],
    ]);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/app/?v=1&type=rifle#top');
  });

  it('keeps the address in step with the store from then on', () => {
    const store = createViewStore();
    const win = fakeWindow('/app/');
    openLinkedView(store, data, win as unknown as Window);
    store.getState().actions.togglePlatformType('mbt');
    expect(win.location.search).toBe('?v=1&type=mbt');
  });
});
