import { useSyncExternalStore } from 'react';

/** A phone's width: the table becomes cards and the comparison pages two items at a time. */
export const PHONE_SCREEN = '(max-width: 600px)';

// One list per query for the page's life: matchMedia builds a new list, and evaluates the query,
// on every call, and React reads the snapshot on every render of every component that asks.
const lists = new Map<string, MediaQueryList>();
const listFor = (query: string): MediaQueryList | null => {
  if (typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
};

/**
 * Whether `query` matches now, following changes (a rotated phone, a resized window). Where there
 * is no matchMedia (jsdom) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = listFor(query);
      if (!list) return () => {};
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => listFor(query)?.matches ?? fallback,
    () => fallback,
  );
}
