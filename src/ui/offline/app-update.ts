/**
 * Whether a new version of the app has installed and is waiting, and how to switch to it. The
 * service worker announces it; the notice reads it (useSyncExternalStore) and applies it only
 * when the reader asks.
 */
export type AppUpdate = {
  isReady: () => boolean;
  subscribe: (listener: () => void) => () => void;
  /** Switches to the waiting version; the page reloads once it has taken over. */
  apply: () => void;
};

type AnnouncedUpdate = AppUpdate & {
  /** Called when a new version waits, with what switches to it. */
  announce: (apply: () => void) => void;
};

export function createAppUpdate(): AnnouncedUpdate {
  let switchVersion: (() => void) | null = null;
  const listeners = new Set<() => void>();
  return {
    isReady: () => switchVersion !== null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: () => switchVersion?.(),
    announce: (apply) => {
      switchVersion = apply;
      for (const listener of listeners) listener();
    },
  };
}
