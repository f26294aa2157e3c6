// The tray and the comparison hand focus to each other when one replaces or reveals the other,
// so a keyboard user is never left on a button that has just gone.
export const COMPARISON_TITLE_ID = 'compare-title';
export const COMPARISON_OPEN_BUTTON_ID = 'compare-open-button';

/** Focuses the element after React has committed the change that reveals it. */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => find()?.focus());
}
