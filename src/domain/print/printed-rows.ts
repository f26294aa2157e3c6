// How much of a long table goes to paper. The screen shows a virtualised window of a catalogue
// that may hold 100,000 systems; paper gets every row up to a limit that a browser can still lay
// out in one go (about 250 pages of the full table), and says so when it stops there.
export const PRINTED_ROWS_MAX = 2000;

/**
 * The rows that go to paper, of the `shown` the view has, and a note when they are not all of
 * them. `rows` may hold fewer than the limit when not all have reached the page yet (the print
 * button fetches them first; the browser's own print command cannot wait for them).
 */
export function printedRows<T>(
  rows: readonly T[],
  shown = rows.length,
  max = PRINTED_ROWS_MAX,
): { rows: readonly T[]; note: string | null } {
  const printed = rows.length <= max ? rows : rows.slice(0, max);
  if (printed.length >= shown) return { rows: printed, note: null };
  const count = `the first ${printed.length.toLocaleString('en')} of ${shown.toLocaleString('en')} rows`;
  return {
    rows: printed,
    note:
      printed.length < Math.min(max, shown)
        ? `Printed: ${count}, the ones this page had fetched. The Print button prints up to ${max.toLocaleString('en')}.`
        : `Printed: ${count}. Narrow the filters to print the others.`,
  };
}
