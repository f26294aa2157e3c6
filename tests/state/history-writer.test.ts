import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHistoryWriter,
  HISTORY_WINDOW_MS,
  RETRY_FIRST_MS,
} from '../../src/state/history-writer';

/** A history whose entries can be read back, and which can be told to refuse every call. */
function fakeHistory() {
  const entries = ['https://example.test/'];
  let refusing = false;
  const refuse = () => {
    if (refusing) throw new DOMException('too many calls', 'SecurityError');
  };
  const target = {
    location: {
      get href() {
        return entries.at(-1) as string;
      },
    },
    history: {
      pushState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => {
        refuse();
        entries.push(String(url));
      }),
      replaceState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => {
        refuse();
        entries[entries.length - 1] = String(url);
      }),
    },
  };
  return {
    target,
    entries,
    refuse: (value: boolean) => {
      refusing = value;
    },
  };
}

const at = (query: string) => `https://example.test/${query}`;

describe('createHistoryWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('joins changes made within the window into the entry the first one pushed', () => {
    const { target, entries } = fakeHistory();
    const writer = createHistoryWriter(target);
    writer.push(at('?a'));
    vi.advanceTimersByTime(HISTORY_WINDOW_MS - 1);
    writer.push(at('?b'));
    writer.push(at('?c'));
    expect(entries).toEqual([at(''), at('?a')]);
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    expect(entries).toEqual([at(''), at('?c')]);
    writer.push(at('?d'));
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    expect(entries).toEqual([at(''), at('?c'), at('?d')]);
  });

  /** A change written, then a frame longer than the window before the next ones are handed over. */
  function lateBurst() {
    const history = fakeHistory();
    const writer = createHistoryWriter(history.target);
    const first = Date.now();
    writer.push(at('?a'), first);
    vi.advanceTimersByTime(HISTORY_WINDOW_MS * 2);
    return { ...history, writer, first };
  }

  it('reads the window from when each change was made, however late it is written', () => {
    const { writer, entries, first } = lateBurst();
    // The second change was made 40 ms after the first.
    writer.push(at('?b'), first + 40);
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    expect(entries).toEqual([at(''), at('?b')]);
  });

  it('waits a window after a late hand-over before writing a burst, so one slow frame is one call', () => {
    const { target, writer, entries, first } = lateBurst();
    // Each later change is made 40 ms after the one before but handed over a window late.
    writer.push(at('?b'), first + 40);
    writer.push(at('?c'), first + 80);
    expect(target.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    expect(entries).toEqual([at(''), at('?c')]);
    expect(target.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('holds a push back to keep calls a window apart, and puts later changes into it', () => {
    const { target, entries } = fakeHistory();
    const writer = createHistoryWriter(target);
    writer.push(at('?a'));
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    writer.replace(at('?a&q=x'), 0);
    writer.push(at('?a&q=x&b'));
    writer.replace(at('?a&q=xy&b'), 500);
    expect(entries).toEqual([at(''), at('?a&q=x')]);
    vi.advanceTimersByTime(HISTORY_WINDOW_MS);
    expect(entries).toEqual([at(''), at('?a&q=x'), at('?a&q=xy&b')]);
    writer.push(at('?c'));
    vi.runAllTimers();
    expect(entries).toEqual([at(''), at('?a&q=x'), at('?a&q=xy&b'), at('?c')]);
  });

  it('keeps what the browser refused and writes it later, backing off, without throwing', () => {
    const { target, entries, refuse } = fakeHistory();
    const writer = createHistoryWriter(target);
    refuse(true);
    expect(() => writer.push(at('?a'))).not.toThrow();
    vi.advanceTimersByTime(RETRY_FIRST_MS);
    vi.advanceTimersByTime(RETRY_FIRST_MS * 2);
    expect(target.history.pushState).toHaveBeenCalledTimes(3);
    refuse(false);
    vi.advanceTimersByTime(RETRY_FIRST_MS * 4);
    expect(entries).toEqual([at(''), at('?a')]);
    expect(target.history.pushState).toHaveBeenCalledTimes(4);
  });

  it('forgets what is waiting when cancelled, and writes nothing it already shows', () => {
    const { target, entries } = fakeHistory();
    const writer = createHistoryWriter(target);
    writer.replace(at('?typed'), 500);
    writer.cancel();
    vi.runAllTimers();
    writer.push(at(''));
    expect(entries).toEqual([at('')]);
    expect(target.history.pushState).not.toHaveBeenCalled();
    expect(target.history.replaceState).not.toHaveBeenCalled();
  });

  it('writes what is waiting at once when flushed', () => {
    const { target, entries } = fakeHistory();
    const writer = createHistoryWriter(target);
    writer.replace(at('?typed'), 500);
    writer.flush();
    expect(entries).toEqual([at('?typed')]);
  });
});
