// How much of a long table goes to paper. The screen shows a virtualised window of a catalogue
// that may hold 100,000 systems; paper gets every row up to a limit that a browser can still lay
// out in one go (about 250 pages of the full table), and says so when it stops there.
export const PRINTED_ROWS_MAX = 2000;

export function printedRows<T>(
  rows: readonly T[],
  max = PRINTED_ROWS_MAX,
): { rows: readonly T[]; note: string | null } {
  if (rows.length <= max) return { rows, note: null };
  return {
    rows: rows.slice(0, max),
    note:
      `Printed: the first ${max.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rows. ` +
      'Narrow the filters to print the others.',
  };
}
