// Where keyboard focus can rest inside the table grid, read from the DOM the table renders: the
// column-header row and the body rows (each marked with aria-rowindex), their cells, and the
// controls inside each cell. The group row above the headers spans several columns and holds no
// control, so the grid skips it. A row still on its way from the catalogue service ("Fetching this
// row…") is not drawn yet as far as the keys go: focus waits for the row itself.

/** The position of one focus stop: a row's aria-rowindex, a cell's index, a control's index. */
export type GridPosition = { row: number; cell: number; stop: number };

const CONTROLS = 'button, input, select, textarea, a[href]';
/** Popover panels are reached by Tab from their button and keep their own keys. */
const PANEL = '.popover';

const isGridRow = (row: Element): row is HTMLTableRowElement =>
  row instanceof HTMLTableRowElement &&
  row.hasAttribute('aria-rowindex') &&
  !row.classList.contains('group-row') &&
  !row.classList.contains('waiting-row');

export const gridRows = (grid: HTMLTableElement): HTMLTableRowElement[] =>
  [...grid.rows].filter(isGridRow);

export const rowAt = (grid: HTMLTableElement, index: number): HTMLTableRowElement | undefined =>
  gridRows(grid).find((row) => Number(row.getAttribute('aria-rowindex')) === index);

/** The controls in a cell, in reading order; a cell without any is itself the stop. */
export function stopsOf(cell: HTMLTableCellElement): HTMLElement[] {
  const controls = [...cell.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => !control.closest(PANEL) && !control.hasAttribute('disabled'),
  );
  return controls.length > 0 ? controls : [cell];
}

/**
 * The stops that may still be in the Tab order: those not yet marked out of it (a row just drawn,
 * or the stop that held the order). The stops already at tabindex -1 are skipped unread, so a
 * render that moves the Tab order touches a handful of elements, not every control in the grid.
 */
export const unsettledStops = (grid: HTMLTableElement): HTMLElement[] =>
  [...grid.querySelectorAll<HTMLElement>(`:is(${CONTROLS}, td, th):not([tabindex="-1"])`)].filter(
    (element) => positionOf(element) !== undefined,
  );

/** The stop at `position` if its row is rendered, clamping the cell and control indexes. */
export function stopAt(grid: HTMLTableElement, position: GridPosition): HTMLElement | undefined {
  const row = rowAt(grid, position.row);
  if (!row || row.cells.length === 0) return undefined;
  const cell = row.cells[Math.min(position.cell, row.cells.length - 1)];
  if (!cell) return undefined;
  const stops = stopsOf(cell);
  return stops[Math.min(position.stop, stops.length - 1)];
}

/** Where `element` sits in the grid, or undefined when it is not one of its stops. */
export function positionOf(element: Element): GridPosition | undefined {
  if (element.closest(PANEL)) return undefined;
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!(cell instanceof HTMLTableCellElement) || !row || !isGridRow(row)) return undefined;
  const stop = stopsOf(cell).indexOf(element as HTMLElement);
  if (stop < 0) return undefined;
  return { row: Number(row.getAttribute('aria-rowindex')), cell: cell.cellIndex, stop };
}
