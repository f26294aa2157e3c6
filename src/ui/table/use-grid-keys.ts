import {
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { gridRows, unsettledStops, positionOf, stopAt, type GridPosition } from './grid-cells';
import { nextPosition } from './grid-moves';

/** The stop that holds the Tab order, by system, so it follows its row through sorts and filters. */
/**
 * `at` keeps the row's place while its row has not arrived from the catalogue service, when its
 * id is not known yet.
 */
type ActiveStop = { rowId: string | null; cell: number; stop: number; at?: number };
/** The row id the column headers go by. */
const HEADERS = null;

type GridRows = {
  /** The aria-rowindex of the column-header row; systems follow it. */
  headerRow: number;
  count: number;
  idAt: (index: number) => string | undefined;
  indexOf: (id: string) => number;
  /** Scroll the row at `index` into the drawn window. */
  reveal: (index: number) => void;
};

/** The phone's row of sort chips scrolls sideways on its own. */
const scrollsSideways = (row: HTMLElement) =>
  getComputedStyle(row).overflowX !== 'visible' && row.scrollWidth > row.clientWidth;

/**
 * A header row that scrolls by itself is a Tab stop too, so a keyboard can scroll it while its
 * sort buttons are out of the Tab order (WCAG 2.1.1; axe's scrollable-region-focusable). It is
 * measured when it or one of its cells changes size, never after every render: reading its
 * scroll width there would force a layout of the page on each keystroke.
 */
function watchHeaderRow() {
  let watched: HTMLTableRowElement | undefined;
  const observer =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          if (!watched) return;
          if (scrollsSideways(watched)) setTabIndex(watched, 0);
          else watched.removeAttribute('tabindex');
        });
  return {
    watch(row: HTMLTableRowElement | undefined) {
      if (row === watched || !observer) return;
      observer.disconnect();
      watched = row;
      if (!row) return;
      observer.observe(row);
      for (const cell of row.cells) observer.observe(cell);
    },
    stop: () => observer?.disconnect(),
  };
}

/** Sets the attribute (a control's default tabIndex is 0 without it), and only if it changes. */
const setTabIndex = (element: HTMLElement, value: number) => {
  if (element.getAttribute('tabindex') !== String(value)) element.tabIndex = value;
};

/**
 * The table as one Tab stop with arrow keys between its cells (a roving tabindex, keyed as in the
 * ARIA grid pattern). Exactly one control or cell is in the Tab order: the last one focused, kept
 * by its system's id, or the first system's checkbox. `activeRowRef` names the system holding it, so
 * the virtualiser keeps that row drawn while the table scrolls. A key that leads to a row not drawn
 * yet scrolls it in and focuses it once it is.
 *
 * The tab order is set on the DOM after each render rather than passed down as props, because the
 * controls belong to shared components (citation marks, glossary terms, the comparison checkbox)
 * that also live outside the table.
 */
export function useGridKeys(
  grid: RefObject<HTMLTableElement | null>,
  rows: GridRows,
  activeRowRef: RefObject<string | null>,
) {
  // null until a stop is chosen: the first system's first control.
  const active = useRef<ActiveStop | null>(null);
  const focusPending = useRef(false);
  const headerRow = useRef<ReturnType<typeof watchHeaderRow> | null>(null);

  useLayoutEffect(() => {
    const watcher = watchHeaderRow();
    headerRow.current = watcher;
    return () => {
      watcher.stop();
      headerRow.current = null;
    };
  }, []);

  const positionFor = (stop: ActiveStop | null): GridPosition => {
    const first = { row: rows.headerRow + (rows.count > 0 ? 1 : 0), cell: 0, stop: 0 };
    if (stop === null) return first;
    const { cell } = stop;
    if (stop.at !== undefined) return { row: stop.at + rows.headerRow + 1, cell, stop: stop.stop };
    if (stop.rowId === HEADERS) return { row: rows.headerRow, cell, stop: stop.stop };
    const index = rows.indexOf(stop.rowId);
    // A system filtered out hands the stop to the first one.
    return index < 0 ? first : { row: index + rows.headerRow + 1, cell, stop: stop.stop };
  };

  const activate = (position: GridPosition) => {
    const index = position.row - rows.headerRow - 1;
    const id = index < 0 ? HEADERS : rows.idAt(index);
    active.current = {
      rowId: id ?? HEADERS,
      cell: position.cell,
      stop: position.stop,
      ...(id === undefined ? { at: index } : {}),
    };
    activeRowRef.current = active.current.rowId;
  };

  /** Give the active stop (or, while its row is not drawn, the first drawn one) tabindex 0. */
  const syncTabOrder = (table: HTMLTableElement) => {
    const drawn = gridRows(table);
    const current =
      stopAt(table, positionFor(active.current)) ??
      stopAt(table, { row: Number(drawn[1]?.getAttribute('aria-rowindex')), cell: 0, stop: 0 });
    for (const stop of unsettledStops(table)) if (stop !== current) setTabIndex(stop, -1);
    if (current) setTabIndex(current, 0);
    headerRow.current?.watch(drawn[0]);
    return current;
  };

  useLayoutEffect(() => {
    const table = grid.current;
    if (!table) return;
    activeRowRef.current = active.current?.rowId ?? null;
    const current = syncTabOrder(table);
    if (!focusPending.current || !current) return;
    const wanted = positionFor(active.current).row;
    if (positionOf(current)?.row !== wanted) return;
    focusPending.current = false;
    // The row has arrived: the stop goes by its system from now on.
    if (active.current?.at !== undefined) activate(positionFor(active.current));
    // Only if focus is still in the table: a reveal never pulls focus back from elsewhere.
    const focused = document.activeElement;
    if (!focused || focused === document.body || table.contains(focused)) current.focus();
  });

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const position = positionOf(event.target);
    if (!position) return;
    focusPending.current = false;
    activate(position);
    syncTabOrder(event.currentTarget);
  };

  const onBlur = (event: FocusEvent<HTMLTableElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null))
      focusPending.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.defaultPrevented || event.altKey || event.metaKey || event.shiftKey) return;
    // While a far row is being drawn, keys go on from where they were sent, not from the old stop.
    const at = focusPending.current
      ? positionFor(active.current)
      : positionOf(event.target as Element);
    if (!at) return;
    const range = { first: rows.headerRow, last: rows.count + rows.headerRow };
    const next = nextPosition(event.currentTarget, at, event.key, event.ctrlKey, range);
    if (!next) return;
    event.preventDefault();
    activate(next);
    const stop = stopAt(event.currentTarget, next);
    if (stop && positionOf(stop)?.row === next.row) {
      syncTabOrder(event.currentTarget);
      stop.focus();
    } else {
      focusPending.current = true;
      rows.reveal(next.row - rows.headerRow - 1);
    }
  };

  return { onFocus, onBlur, onKeyDown };
}
