import {
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { allStops, gridRows, positionOf, stopAt, stopsOf, type GridPosition } from './grid-cells';
import { nextPosition, type GridRange } from './grid-moves';

/** The first system's first control (the column headers' while no row is shown). */
function firstStop(table: HTMLTableElement): HTMLElement | undefined {
  const rows = gridRows(table);
  const cell = (rows[1] ?? rows[0])?.cells[0];
  return cell ? stopsOf(cell)[0] : undefined;
}

/** The phone's row of sort chips scrolls sideways on its own. */
const scrollsSideways = (row: HTMLElement) =>
  row.scrollWidth > row.clientWidth && getComputedStyle(row).overflowX !== 'visible';

/**
 * The table as one Tab stop with arrow keys between its cells (the ARIA grid pattern, with a
 * roving tabindex). Exactly one control or cell of the rendered rows is in the Tab order: the last
 * one focused, or the first system's checkbox. A key that leads to a row the virtualiser has not
 * rendered scrolls it in (`revealRow`, by row index) and focuses it once it is drawn.
 *
 * The tab order is set on the DOM after each render rather than passed down as props, because the
 * controls belong to shared components (citation marks, glossary terms, the comparison checkbox)
 * that also live outside the table.
 */
export function useGridKeys(
  grid: RefObject<HTMLTableElement | null>,
  range: GridRange,
  revealRow: (rowIndex: number) => void,
) {
  const active = useRef<GridPosition>({ row: range.first + 1, cell: 0, stop: 0 });
  const focusPending = useRef(false);

  /** Give the active stop (or, while its row is not drawn, the first rendered one) tabindex 0. */
  const syncTabOrder = (table: HTMLTableElement) => {
    const current = stopAt(table, active.current) ?? firstStop(table);
    for (const stop of allStops(table)) stop.tabIndex = stop === current ? 0 : -1;
    // A header row that scrolls by itself is a Tab stop too, so a keyboard can scroll it while its
    // sort buttons are out of the Tab order (WCAG 2.1.1; axe's scrollable-region-focusable).
    const headerRow = gridRows(table)[0];
    if (headerRow && scrollsSideways(headerRow)) headerRow.tabIndex = 0;
    else headerRow?.removeAttribute('tabindex');
    return current;
  };

  useLayoutEffect(() => {
    const table = grid.current;
    if (!table) return;
    const current = syncTabOrder(table);
    if (focusPending.current && current && positionOf(current)?.row === active.current.row) {
      focusPending.current = false;
      current.focus();
    }
  });

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const position = positionOf(event.target);
    if (!position) return;
    active.current = position;
    syncTabOrder(event.currentTarget);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.metaKey || event.shiftKey) return;
    const at = positionOf(event.target as Element);
    if (!at) return;
    const next = nextPosition(event.currentTarget, at, event.key, event.ctrlKey, range);
    if (!next) return;
    event.preventDefault();
    active.current = next;
    const stop = stopAt(event.currentTarget, next);
    if (stop && positionOf(stop)?.row === next.row) {
      syncTabOrder(event.currentTarget);
      stop.focus();
    } else {
      focusPending.current = true;
      revealRow(next.row);
    }
  };

  return { onFocus, onKeyDown };
}
