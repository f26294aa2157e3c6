import { useSyncExternalStore } from 'react';

/** A phone's width: the table becomes cards and the comparison pages two items at a time. */
export const PHONE_SCREEN = '(max-width: 600px)';

/**
 * Whether `query` matches now, following changes (a rotated phone, a resized window). Where there
 * is no matchMedia (jsdom) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback),
    () => fallback,
  );
}
