// Which clamped texts run past their lines, measured for all of them at once. Each text is
// measured inline (its class taken off, its line boxes counted) whenever its cell's width changes
// or it is watched again; one ResizeObserver serves every cell, and its callback first takes the
// class off every text it measures, then counts all their lines, then sets the class again, so a
// table of many long texts costs one layout, not two for each text.
import { flushSync } from 'react-dom';

/** Lines of text a cell shows before "more". */
const LINES = 3;
/** How many times one cell may change its mind before it keeps what it has. */
const MAX_FLIPS = 3;
const CLAMP = 'clamp';

type Watched = {
  element: HTMLElement;
  width: number;
  flips: number;
  long: boolean | null;
  onMeasured: (long: boolean) => void;
};

const byCell = new Map<Element, Set<Watched>>();
let observer: ResizeObserver | null = null;

function measure(entries: readonly ResizeObserverEntry[]) {
  const due: { watched: Watched; width: number }[] = [];
  for (const entry of entries) {
    for (const watched of byCell.get(entry.target) ?? []) {
      const width = (entry.target as HTMLElement).clientWidth;
      if (Math.abs(width - watched.width) >= 1 && watched.flips <= MAX_FLIPS)
        due.push({ watched, width });
    }
  }
  if (due.length === 0) return;
  for (const { watched } of due) watched.element.classList.remove(CLAMP);
  const lines = due.map(({ watched }) => watched.element.getClientRects().length);
  due.forEach(({ watched, width }, index) => {
    const long = (lines[index] ?? 0) > LINES;
    watched.element.classList.toggle(CLAMP, long);
    if (watched.long !== null && long !== watched.long) watched.flips += 1;
    watched.long = long;
    watched.width = width;
  });
  // Drawn before the frame is painted, as a layout effect would have been.
  flushSync(() => {
    for (const { watched } of due) if (watched.long !== null) watched.onMeasured(watched.long);
  });
}

/**
 * Watches `element`, the inline text inside `cell`, and says whether it runs past the limit
 * whenever that may have changed. Returns the unwatch. Where there is no ResizeObserver
 * (jsdom), nothing is measured and the text is never clamped.
 */
export function watchClamp(
  element: HTMLElement,
  cell: Element,
  onMeasured: (long: boolean) => void,
): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  observer ??= new ResizeObserver(measure);
  const watched: Watched = { element, width: -1, flips: 0, long: null, onMeasured };
  const set = byCell.get(cell) ?? new Set();
  set.add(watched);
  byCell.set(cell, set);
  // Observed afresh, so its first measure comes with this frame's layout.
  observer.unobserve(cell);
  observer.observe(cell);
  return () => {
    set.delete(watched);
    if (set.size > 0) return;
    byCell.delete(cell);
    observer?.unobserve(cell);
  };
}
