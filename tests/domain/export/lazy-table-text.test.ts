import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableText } from '../../../src/domain/export/lazy-table-text';
import {
  isLazyTableText,
  toLazyTableText,
  toTableText,
} from '../../../src/domain/export/lazy-table-text';
import {
  lazyTableText,
  rowSources,
  rowSourcesWriter,
  tableText,
} from '../../../src/domain/export/table-text';
import { COLUMN_IDS, type ColumnId } from '../../../src/domain/table/columns';
import { deriveRows } from '../../../src/domain/table/rows';
import { syntheticCatalogueFile } from '../../../scripts/synthetic-catalogue';

// A few hundred systems citing a few dozen sources: many rows share sources and locators.
const file = syntheticCatalogueFile({ systems: 300, seed: 11 });
const rows = deriveRows(file.catalogue);
const register = new Map(file.register.sources.map((source) => [source.id, source]));
const someColumns: ColumnId[] = ['system', 'iranianOperator', 'cap-spares', 'origin'];

describe('lazyTableText', () => {
  it('gives, in slices of any size, the rows tableText gives at once', () => {
    const whole = tableText(rows, COLUMN_IDS, { withSources: true, register });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (size) => {
        const lazy = lazyTableText(rows, COLUMN_IDS, { withSources: true, register });
        const sliced = [];
        for (let start = 0; start < lazy.rowCount; start += size)
          sliced.push(...lazy.slice(start, start + size));
        expect(lazy.header).toEqual(whole.header);
        expect(sliced).toEqual(whole.rows);
      }),
      { numRuns: 20 },
    );
  });

  it('counts its rows without writing them', () => {
    const lazy = lazyTableText(rows, someColumns, { withSources: false });
    expect(lazy.rowCount).toBe(rows.length);
    expect(lazy.header).toHaveLength(someColumns.length);
  });
});

describe('rowSourcesWriter', () => {
  it('writes each row as rowSources alone does, in any order, after any other rows', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(COLUMN_IDS, someColumns),
        (picked, columns) => {
          const write = rowSourcesWriter(columns, register);
          for (const row of picked) expect(write(row)).toBe(rowSources(row, columns, register));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('the lazy shape of a written table', () => {
  const written: TableText = { header: ['a'], rows: [['1'], ['2'], ['3']] };

  it('slices a written table and writes a lazy one out, each the other way round', () => {
    const lazy = toLazyTableText(written);
    expect(isLazyTableText(lazy)).toBe(true);
    expect(lazy.rowCount).toBe(3);
    expect(lazy.slice(1, 3)).toEqual([['2'], ['3']]);
    expect(toTableText(lazy)).toEqual(written);
    expect(toTableText(written)).toBe(written);
    expect(toLazyTableText(lazy)).toBe(lazy);
  });
});
