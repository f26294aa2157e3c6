import { useEffect, type RefObject } from 'react';

/**
 * Closes an open popup on Esc, on a press outside `root`, or when focus moves to something outside
 * it (arrow keys in the table, Tab past the popup), so an open popup never covers the focused
 * control nor adds its links to the Tab order elsewhere. Esc is consumed, so a popup inside a modal
 * dialog closes without closing the dialog too.
 */
export function useDismiss(
  open: boolean,
  close: (reason: 'escape' | 'outside') => void,
  root: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close('escape');
    };
    const onOutside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) close('outside');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open, close, root]);
}
