// Which stop a key leads to in the table grid (the ARIA grid pattern's keys). Moves along a row go
// control by control, then cell by cell; moves between rows keep the cell and the control.
import { stopsOf, rowAt, type GridPosition } from './grid-cells';

/** Rows a Page Up / Page Down jumps over. */
const PAGE_ROWS = 10;
const LAST = Number.MAX_SAFE_INTEGER;

/** The rows focus may reach: from the column headers to the last system. */
type GridRange = { first: number; last: number };

const clampRow = (row: number, range: GridRange) =>
  Math.min(Math.max(row, range.first), range.last);

/**
 * The stop `key` leads to from `at`, or undefined when the key is not a grid key. Cell and control
 * indexes past the end are clamped where the stop is looked up (stopAt), so End and moves into a
 * shorter cell need not know the shape of a row that is not rendered yet.
 */
export function nextPosition(
  grid: HTMLTableElement,
  at: GridPosition,
  key: string,
  ctrl: boolean,
  range: GridRange,
): GridPosition | undefined {
  switch (key) {
    case 'ArrowRight': {
      const row = rowAt(grid, at.row);
      const cell = row?.cells[at.cell];
      if (!row || !cell) return at;
      if (at.stop + 1 < stopsOf(cell).length) return { ...at, stop: at.stop + 1 };
      return at.cell + 1 < row.cells.length ? { ...at, cell: at.cell + 1, stop: 0 } : at;
    }
    case 'ArrowLeft':
      if (at.stop > 0) return { ...at, stop: at.stop - 1 };
      return at.cell > 0 ? { ...at, cell: at.cell - 1, stop: LAST } : at;
    case 'ArrowDown':
      return { ...at, row: clampRow(at.row + 1, range) };
    case 'ArrowUp':
      return { ...at, row: clampRow(at.row - 1, range) };
    case 'PageDown':
      return { ...at, row: clampRow(at.row + PAGE_ROWS, range) };
    case 'PageUp':
      return { ...at, row: clampRow(at.row - PAGE_ROWS, range) };
    case 'Home':
      return ctrl ? { row: range.first, cell: 0, stop: 0 } : { ...at, cell: 0, stop: 0 };
    case 'End':
      return ctrl ? { row: range.last, cell: LAST, stop: LAST } : { ...at, cell: LAST, stop: LAST };
    default:
      return undefined;
  }
}
