import { useEffect, type RefObject } from 'react';

/**
 * Closes an open popup on Esc or on a press outside `root`. Esc is consumed, so a popup inside a
 * modal dialog closes without closing the dialog too.
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
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) close('outside');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open, close, root]);
}
