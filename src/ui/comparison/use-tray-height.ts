import { useLayoutEffect, type RefObject } from 'react';

/**
 * Publishes the tray's height as --tray-height on the root while it is shown, so the page's
 * scroll padding and the filter sidebar leave room for it and nothing focused hides under it
 * (WCAG 2.4.11 Focus Not Obscured).
 */
export function useTrayHeight(tray: RefObject<HTMLElement | null>, shown: boolean) {
  useLayoutEffect(() => {
    const element = tray.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const publish = () =>
      root.style.setProperty(
        '--tray-height',
        `${Math.ceil(element.getBoundingClientRect().height)}px`,
      );
    publish();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(publish) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--tray-height');
    };
  }, [tray, shown]);
}
