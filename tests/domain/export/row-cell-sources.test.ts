import { describe, expect, it } from 'vitest';
import { rowCellSources } from '../../../src/domain/export/row-cell-sources';
import { COLUMN_SPECS, type ColumnSpec } from '../../../src/domain/table/columns';
import { deriveRows, type TableRow } from '../../../src/domain/table/rows';
import { loadShippedCatalogue } from '../../support/render-with-store';

describe('rowCellSources', () => {
  const rows = deriveRows(loadShippedCatalogue().catalogue);
  const counted = (asked: { count: number }): ColumnSpec => ({
    ...COLUMN_SPECS['iraqiVariant'],
    source: (row: TableRow) => {
      asked.count += 1;
      return COLUMN_SPECS['iraqiVariant'].source(row);
    },
  });

  it('works out each row once however many writers ask, and each new row afresh', () => {
    const asked = { count: 0 };
    const sourcesOf = rowCellSources([counted(asked)]);
    const [first, second] = rows as [TableRow, TableRow];
    const once = sourcesOf(first);
    expect(sourcesOf(first)).toBe(once);
    expect(asked.count).toBe(1);
    expect(sourcesOf(second)).toEqual([COLUMN_SPECS['iraqiVariant'].source(second)]);
    expect(asked.count).toBe(2);
    expect(sourcesOf(first)).toEqual(once);
  });
});
