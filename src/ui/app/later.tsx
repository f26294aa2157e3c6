import {
  lazy,
  Suspense,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type JSX,
  type ReactNode,
} from 'react';

/** A part of the page its first view does not need, in a chunk of its own. */
export type LaterPart<P extends object> = {
  /** Starts loading the chunk (once); what the first view does when it is idle. */
  preload: () => Promise<unknown>;
  /** The component once its chunk is here, else null; a re-render follows the load. */
  useLoaded: () => ComponentType<P> | null;
  /** Draws the part, loading it first if it is not here yet (showing `fallback` meanwhile). */
  Part: ComponentType<P & { fallback?: ReactNode }>;
};

export function later<P extends object>(load: () => Promise<ComponentType<P>>): LaterPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const listeners = new Set<() => void>();
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
        return component;
      },
      (error: unknown) => {
        // A chunk that failed (offline, a deploy replaced it) may be asked for again.
        pending = null;
        throw error;
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function Part({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    // Chosen once per mount: swapping the lazy wrapper for the component itself would remount
    // it, losing its state (an open dialog, a focused control).
    const [Loaded] = useState(() => loaded);
    const inner = props as unknown as P;
    if (Loaded) return <Loaded {...inner} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...(inner as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }

  return {
    preload,
    useLoaded: () => useSyncExternalStore(subscribe, () => loaded),
    Part,
  };
}

/**
 * Runs `work` once the page is idle after its first paint (a timer where the browser has no
 * requestIdleCallback), so loading what comes later never competes with what is on screen.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}
