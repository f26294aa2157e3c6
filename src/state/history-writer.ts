// Every history write goes through here. Browsers cap how often a page may call pushState and
// replaceState (Safari: about 100 calls in 30 seconds, then SecurityError), and a call that throws
// inside a store subscriber stops the update reaching the UI. So writes are coalesced, spaced at
// least one window apart, never throw, and are retried until the address catches up.

/** Discrete changes closer than this make one entry; no two history calls are closer than this. */
export const HISTORY_WINDOW_MS = 350;
export const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 4000;

export type HistoryTarget = {
  location: { href: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
};

export type HistoryWriter = {
  /**
   * A discrete change: a new entry, written at once. A change within the window of the previous
   * one joins that entry instead, written once the changes pause. `at` is when the change was
   * made, if it is written later (the windows are the user's, not the write's).
   */
  push: (href: string, at?: number) => void;
  /** Rewrites the current entry once `delayMs` pass without another request. */
  replace: (href: string, delayMs: number, at?: number) => void;
  /** Writes whatever is waiting now; if the browser refuses, tries again later. */
  flush: () => void;
  /** Forgets what is waiting and ends the burst: the user moved through history. */
  cancel: () => void;
};

export function createHistoryWriter(
  target: HistoryTarget,
  now: () => number = () => Date.now(),
): HistoryWriter {
  // What the address should become: first the current entry, then a new one on top of it.
  let replaceWith: string | null = null;
  let pushWith: string | null = null;
  let burstUntil = -Infinity;
  let dueAt = Infinity;
  let allowedAt = -Infinity;
  let retryMs = RETRY_FIRST_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const disarm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  // Writes at once when nothing holds it back, so a single click moves the address immediately.
  const arm = () => {
    disarm();
    if (replaceWith === null && pushWith === null) return;
    const wait = Math.max(dueAt, allowedAt) - now();
    if (wait <= 0) write();
    else timer = setTimeout(write, wait);
  };

  const call = (method: 'pushState' | 'replaceState', href: string) => {
    if (href === target.location.href) return;
    allowedAt = Math.max(allowedAt, now()) + HISTORY_WINDOW_MS;
    target.history[method](null, '', href);
  };

  function write() {
    timer = undefined;
    try {
      if (replaceWith !== null) call('replaceState', replaceWith);
      replaceWith = null;
      if (pushWith !== null) call('pushState', pushWith);
      pushWith = null;
      retryMs = RETRY_FIRST_MS;
    } catch {
      // Rate limited, or refused for another reason: keep what was not written and try again,
      // backing off so a browser counting calls gets a chance to forgive.
      dueAt = now() + retryMs;
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      arm();
    }
  }

  return {
    push(href, at = now()) {
      const joins = at < burstUntil;
      burstUntil = at + HISTORY_WINDOW_MS;
      if (!joins) {
        pushWith = href;
        dueAt = at;
      } else if (pushWith !== null) {
        pushWith = href;
      } else {
        replaceWith = href;
        // Counted from the hand-over, not the change: a change handed over late (a slow frame)
        // is likely followed by others, so the write still waits for the pause.
        dueAt = Math.max(at, now()) + HISTORY_WINDOW_MS;
      }
      arm();
    },
    replace(href, delayMs, at = now()) {
      if (pushWith !== null) {
        pushWith = href;
      } else {
        replaceWith = href;
        dueAt = Math.max(at, now()) + delayMs;
      }
      arm();
    },
    flush() {
      if (replaceWith === null && pushWith === null) return;
      disarm();
      write();
    },
    cancel() {
      disarm();
      replaceWith = null;
      pushWith = null;
      burstUntil = -Infinity;
    },
  };
}
