/** The grid's one Tab stop among its cells: a cell, or a control in one. */
const GRID_STOP =
  '[role="grid"] :is(td, th)[tabindex="0"], [role="grid"] :is(td, th) [tabindex="0"]';

/**
 * Focus `box` (a view's region), or, where it holds the table grid, the grid's Tab stop (its
 * current cell), so the skip link and "Show N systems" land where arrow keys work at once.
 */
export function focusView(box: HTMLElement): void {
  (box.querySelector<HTMLElement>(GRID_STOP) ?? box).focus();
}
