import { describe, expect, it } from 'vitest';
import { PRINTED_ROWS_MAX, printedRows } from '../../../src/domain/print/printed-rows';

describe('printedRows', () => {
  it('prints every row of a table up to the limit, with no note', () => {
    const rows = Array.from({ length: PRINTED_ROWS_MAX }, (_, index) => index);
    expect(printedRows(rows)).toEqual({ rows, note: null });
  });

  it('stops at the limit and says how many rows were left out', () => {
    const printed = printedRows(Array.from({ length: 10_000 }, (_, index) => index));
    expect(printed.rows).toHaveLength(PRINTED_ROWS_MAX);
    expect(printed.rows.at(-1)).toBe(PRINTED_ROWS_MAX - 1);
    expect(printed.note).toBe(
      'Printed: the first 2,000 of 10,000 rows. Narrow the filters to print the others.',
    );
  });
});
