import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewToSearch } from '../../src/domain/link/encode';
import { idsOf, knownIdsOf } from '../../src/domain/link/known-ids';
import { ignoredNotice } from '../../src/state/follow-link';
import {
  afterPaint,
  openLinkedView,
  REPLACE_DELAY_MS,
  syncUrlWithStore,
  viewFromLocation,
} from '../../src/state/url-sync';
import { createViewStore } from '../../src/state/store';
import { HISTORY_WINDOW_MS, RETRY_FIRST_MS } from '../../src/state/history-writer';
import { loadShippedCatalogue, viewWith } from '../support/render-with-store';

const data = loadShippedCatalogue();

const ORIGIN = 'https://example.test';

/**
 * Just enough of a window: a location the fake history really moves, and popstate listeners.
 * Like a browser, the history refuses a URL that resolves to another origin.
 */
function fakeWindow(path = '/app/', search = '', hash = '') {
  const location = {
    pathname: path,
    search,
    hash,
    get href() {
      return `${ORIGIN}${this.pathname}${this.search}${this.hash}`;
    },
  };
  const listeners = new Set<() => void>();
  const go = (url: string | URL | null | undefined) => {
    let next: URL;
    try {
      next = new URL(String(url), location.href);
    } catch {
      throw new DOMException(
        `A history state object with URL '${String(url)}' cannot be created`,
        'SecurityError',
      );
    }
    if (next.origin !== ORIGIN) {
      throw new DOMException(`URL '${next.href}' is not of origin ${ORIGIN}`, 'SecurityError');
    }
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

/** A frame the test paints by hand: what waits for the paint runs only when `paint()` is called. */
function manualFrames() {
  let tasks: (() => void)[] = [];
  return {
    later: (task: () => void) => void tasks.push(task),
    paint() {
      const due = tasks;
      tasks = [];
      for (const task of due) task();
    },
  };
}

/** Every change paints at once: for the tests of what is written, not of when. */
const paintAtOnce = (task: () => void) => task();

function setUp(win: FakeWindow = fakeWindow(), later: (task: () => void) => void = paintAtOnce) {
  const store = createViewStore();
  store.getState().actions.catalogueLoaded(data);
  // The fake implements only what syncUrlWithStore touches.
  const stop = syncUrlWithStore(store, win as unknown as Window, undefined, later);
  return { store, win, stop, actions: store.getState().actions };
}

describe('syncUrlWithStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pushes a new history entry at once for each discrete change made apart', () => {
    const { win, actions } = setUp();
    actions.toggleFacet('platformTypes', 'mbt');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', `${ORIGIN}/app/?v=1&type=mbt`);
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    actions.toggleFacet('capabilities', 'ammunition');
    expect(win.history.pushState).toHaveBeenCalledTimes(2);
    expect(win.location.search).toBe('?v=1&type=mbt&cap=ammunition');
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('keeps the hash of the page', () => {
    const { win, actions } = setUp(fakeWindow('/', '', '#source-S000'));
    actions.openDetail('akm');
    expect(win.history.pushState).toHaveBeenLastCalledWith(
      null,
      '',
      `${ORIGIN}/?v=1&sys=akm#source-S000`,
    );
  });

  it.each(['#main', '#table', '#comparison'])(
    'drops the skip link hash %s, which is a place on the page and not part of the view',
    (hash) => {
      const { win, actions } = setUp(fakeWindow('/', '', hash));
      actions.openDetail('akm');
      expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', `${ORIGIN}/?v=1&sys=akm`);
    },
  );

  it.each(['//', '//evil.example/app/', '/a//b/'])(
    'writes history at the path %s, never reading it as another origin',
    (path) => {
      const { win, actions, store } = setUp(fakeWindow(path, '', '#top'));
      actions.toggleFacet('platformTypes', 'mbt');
      expect(store.getState().view.platformTypes).toEqual(['mbt']);
      expect(win.history.pushState).toHaveBeenCalledTimes(1);
      expect(win.location.href).toBe(`${ORIGIN}${path}?v=1&type=mbt#top`);
    },
  );

  describe('under a burst of discrete changes', () => {
    it('makes one entry and writes the last view once the burst pauses', () => {
      const { win, actions, store } = setUp();
      // Enter held on a sort button: the key repeats every 40 ms for 10 seconds.
      for (let press = 0; press < 250; press += 1) {
        actions.setSorting([{ column: 'system', desc: press % 2 === 0 }]);
        vi.advanceTimersByTime(40);
      }
      expect(win.history.pushState).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(HISTORY_WINDOW_MS);
      expect(win.history.pushState).toHaveBeenCalledTimes(1);
      expect(win.history.replaceState).toHaveBeenCalledTimes(1);
      expect(win.location.search).toBe(viewToSearch(store.getState().view));
    });

    it('never makes more than 100 history calls in 30 seconds, however the changes are spaced', () => {
      const { win, actions } = setUp();
      const calls: number[] = [];
      const record = () => calls.push(Date.now());
      win.history.pushState.mockImplementation(record);
      win.history.replaceState.mockImplementation(record);
      for (let click = 0; click < 600; click += 1) {
        actions.toggleFacet('platformTypes', 'mbt');
        if (click % 3 === 0) actions.setSearch(`q${click}`);
        vi.advanceTimersByTime(HISTORY_WINDOW_MS + (click % 5) * 7 - 10);
      }
      vi.runAllTimers();
      const busiest = Math.max(
        ...calls.map((start) => calls.filter((at) => at >= start && at < start + 30_000).length),
      );
      expect(calls.length).toBeGreaterThan(100);
      expect(busiest).toBeLessThanOrEqual(100);
    });
  });

  describe('when the browser refuses history writes', () => {
    /** Safari's limit, simulated: more than `limit` calls in 30 seconds throw SecurityError. */
    function rateLimited(win: FakeWindow, limit: number) {
      const calls: number[] = [];
      const guard = (write: () => void) => {
        const at = Date.now();
        while (calls.length > 0 && (calls[0] as number) <= at - 30_000) calls.shift();
        calls.push(at);
        if (calls.length > limit) {
          throw new DOMException(
            'Attempt to use history.pushState() more than 100 times per 30 seconds',
            'SecurityError',
          );
        }
        write();
      };
      const push = win.history.pushState.getMockImplementation();
      const replace = win.history.replaceState.getMockImplementation();
      win.history.pushState.mockImplementation((...args) => guard(() => push?.(...args)));
      win.history.replaceState.mockImplementation((...args) => guard(() => replace?.(...args)));
    }

    it('keeps the view working and catches the address up once writes are allowed again', () => {
      const win = fakeWindow();
      rateLimited(win, 0);
      const { actions, store } = setUp(win);
      expect(() => actions.toggleFacet('platformTypes', 'mbt')).not.toThrow();
      expect(store.getState().view.platformTypes).toEqual(['mbt']);
      vi.advanceTimersByTime(HISTORY_WINDOW_MS);
      actions.toggleFacet('operators', 'irgc');
      expect(store.getState().view.operators).toEqual(['irgc']);
      expect(win.location.search).toBe('');

      rateLimited(fakeWindow(), 1000);
      win.history.pushState.mockImplementation((_data, _unused, url) => {
        win.location.search = new URL(String(url)).search;
      });
      vi.advanceTimersByTime(RETRY_FIRST_MS * 4);
      expect(win.location.search).toBe('?v=1&type=mbt&op=irgc');
    });

    it('stays under a limit of 100 calls in 30 seconds while sorting is clicked 110 times', () => {
      const win = fakeWindow();
      rateLimited(win, 100);
      const { actions, store } = setUp(win);
      let thrown = 0;
      for (let click = 0; click < 110; click += 1) {
        try {
          actions.setSorting([{ column: 'system', desc: click % 2 === 0 }]);
        } catch {
          thrown += 1;
        }
        vi.advanceTimersByTime(90);
      }
      actions.toggleFacet('platformTypes', 'mbt');
      vi.runAllTimers();
      expect(thrown).toBe(0);
      expect(store.getState().view.platformTypes).toEqual(['mbt']);
      expect(win.location.search).toBe(viewToSearch(store.getState().view));
    });
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
    expect(win.history.replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      `${ORIGIN}/app/?v=1&q=t-72`,
    );
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('writes a pending search no later than the next discrete change', () => {
    const { win, actions } = setUp();
    actions.setSearch('rpg');
    actions.toggleFacet('platformTypes', 'rpg');
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?v=1&type=rpg&q=rpg');
    vi.runAllTimers();
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('gives the default view a bare path', () => {
    const { win, actions } = setUp();
    actions.toggleFacet('platformTypes', 'mbt');
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    actions.toggleFacet('platformTypes', 'mbt');
    expect(win.history.pushState).toHaveBeenCalledTimes(2);
    expect(win.history.pushState).toHaveBeenLastCalledWith(null, '', `${ORIGIN}/app/`);
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

    it('starts a new entry for the next change, even straight after Back', () => {
      const { win, actions } = setUp();
      actions.toggleFacet('platformTypes', 'mbt');
      win.popTo('');
      actions.toggleFacet('platformTypes', 'apc');
      vi.advanceTimersByTime(HISTORY_WINDOW_MS);
      expect(win.history.pushState).toHaveBeenCalledTimes(2);
      expect(win.location.search).toBe('?v=1&type=apc');
      expect(win.history.replaceState).not.toHaveBeenCalled();
    });
  });

  it('stops listening when stopped, writing any pending search first', () => {
    const { store, win, actions, stop } = setUp();
    actions.setSearch('akm');
    stop();
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.listeners.size).toBe(0);
    actions.toggleFacet('platformTypes', 'mbt');
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
    expect(idsOf(known.systems)).toEqual(['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm']);
    expect(idsOf(known.comparisonItems)).toContain('t-72.iraq.t-72m1');
    expect(idsOf(known.comparisonItems)).toHaveLength(6 * 3);
  });
});

describe('ignoredNotice', () => {
  it('names each ignored part with its key and value where it has them', () => {
    expect(
      ignoredNotice([
        { key: 'type', value: 'x', reason: 'unknown' },
        { key: 'more', value: '', reason: 'no value given' },
        { key: '', value: 'foo', reason: 'no key given' },
        { key: '', value: '', reason: '3 more ignored parts' },
      ]).details,
    ).toEqual([
      'type=x: unknown',
      'more: no value given',
      '=foo: no key given',
      '3 more ignored parts',
    ]);
  });
});

describe('the address is written after the change has painted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes nothing inside the store update, and the change once the frame has painted', () => {
    const frames = manualFrames();
    const { win, actions, store } = setUp(fakeWindow(), frames.later);
    const written: string[] = [];
    store.subscribe(() => written.push(win.location.search));
    actions.toggleFacet('platformTypes', 'mbt');
    expect(written).toEqual(['']);
    expect(win.history.pushState).not.toHaveBeenCalled();
    frames.paint();
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?v=1&type=mbt');
  });

  it('keeps each change made before the paint as its own entry or rewrite, in order', () => {
    const frames = manualFrames();
    const { win, actions } = setUp(fakeWindow(), frames.later);
    actions.toggleFacet('platformTypes', 'mbt');
    actions.setSearch('T-7');
    actions.setSearch('T-72');
    frames.paint();
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?v=1&type=mbt');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?v=1&type=mbt&q=T-72');
  });

  it('drops what waits when the user moves through history, and writes it when it stops', () => {
    const frames = manualFrames();
    const first = setUp(fakeWindow('/app/', '?v=1&type=rifle'), frames.later);
    first.actions.toggleFacet('platformTypes', 'mbt');
    first.win.popTo('?v=1&type=sph');
    frames.paint();
    expect(first.win.history.pushState).not.toHaveBeenCalled();
    expect(first.store.getState().view.platformTypes).toEqual(['sph']);

    const second = setUp(fakeWindow(), frames.later);
    second.actions.openDetail('akm');
    second.stop();
    expect(second.win.location.search).toBe('?v=1&sys=akm');
  });

  it('runs after the next frame, or after a timer on a hidden page that draws no frames', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const ran: string[] = [];
    afterPaint(() => ran.push('shown'));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([]);
    for (const frame of frames.splice(0)) frame(0);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['shown']);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['shown']);

    afterPaint(() => ran.push('hidden'));
    vi.advanceTimersByTime(99);
    expect(ran).toEqual(['shown']);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['shown', 'hidden']);
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
    expect(win.history.replaceState).toHaveBeenCalledWith(
      null,
      '',
      `${ORIGIN}/app/?v=1&type=rifle#top`,
    );
  });

  it('drops a skip link’s hash that came with a link, and leaves its query as written', () => {
    const store = createViewStore();
    const win = fakeWindow('/app/', '?type=rifle', '#main');
    openLinkedView(store, data, win as unknown as Window);
    expect(store.getState().notices).toEqual([]);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', `${ORIGIN}/app/?type=rifle`);
  });

  it('rewrites the address of a link whose path starts with //', () => {
    const store = createViewStore();
    const win = fakeWindow('//', '?type=zzz');
    expect(() => openLinkedView(store, data, win as unknown as Window)).not.toThrow();
    expect(win.location.href).toBe(`${ORIGIN}//`);
    vi.useFakeTimers();
    store.getState().actions.toggleFacet('platformTypes', 'mbt');
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    vi.useRealTimers();
    expect(win.location.href).toBe(`${ORIGIN}//?v=1&type=mbt`);
  });

  it('keeps what the person did while the catalogue loaded over what the link asks', () => {
    const store = createViewStore();
    // Pressed before the rows came: the glossary, and a search.
    store.getState().actions.openGlossary();
    store.getState().actions.setSearch('t-72');
    const win = fakeWindow('/app/', '?v=1&type=rifle');
    openLinkedView(store, data, win as unknown as Window);
    const { view } = store.getState();
    expect([view.glossaryOpen, view.search, view.platformTypes]).toEqual([true, 't-72', ['rifle']]);
    expect(win.history.replaceState).toHaveBeenCalledWith(
      null,
      '',
      expect.stringMatching(/\?v=1&.*gloss=1/),
    );
  });

  it('keeps the address in step with the store from then on, once each change has painted', () => {
    const store = createViewStore();
    const win = fakeWindow('/app/');
    const frames = manualFrames();
    openLinkedView(store, data, win as unknown as Window, frames.later);
    store.getState().actions.toggleFacet('platformTypes', 'mbt');
    expect(win.location.search).toBe('');
    frames.paint();
    expect(win.location.search).toBe('?v=1&type=mbt');
  });
});
