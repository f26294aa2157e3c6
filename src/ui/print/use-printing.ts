import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;

/**
 * True while the page is laid out for paper. The browser fires `beforeprint` and then takes the
 * layout, so the update is flushed at once; the media query also covers emulated print media.
 * What only paper shows is rendered only then: the screen never pays for it.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const query = printQuery();
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(query?.matches ?? false);
    const change = (event: MediaQueryListEvent) => set(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
