/** The table's one Tab stop among its cells (a cell, or a control in one), or its empty state. */
const TABLE_STOP = [
  '.empty-state button',
  '[data-keyboard-grid] :is(td, th)[tabindex="0"]',
  '[data-keyboard-grid] :is(td, th) [tabindex="0"]',
];

/**
 * Focus `box` (a view's region), or, where it holds the table, the table's Tab stop (its current
 * cell, or "Clear all filters" when nothing matches), so the skip link and "Show N systems" land
 * where the next key works at once.
 */
export function focusView(box: HTMLElement): void {
  const stop = TABLE_STOP.map((selector) => box.querySelector<HTMLElement>(selector)).find(
    (element) => element !== null,
  );
  (stop ?? box).focus();
}
