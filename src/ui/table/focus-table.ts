/**
 * Focus `box` (a view's region), or, where it holds the table grid, the grid's one Tab stop (its
 * current cell), so the skip link and "Show N systems" land where arrow keys work at once.
 */
export function focusView(box: HTMLElement): void {
  (box.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]') ?? box).focus();
}
