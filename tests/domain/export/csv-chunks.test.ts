import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv, toTsv, tsvChunks } from '../../../src/domain/export/csv';
import type {
  CellValue,
  LazyTableText,
  TableText,
} from '../../../src/domain/export/lazy-table-text';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('=1+1', ' lead', 'a,b', 'say "hi"', 'two\r\nlines', '', '-', '\t'),
  fc.double(),
  fc.constant(null),
);
const table: fc.Arbitrary<TableText> = fc.integer({ min: 0, max: 4 }).chain((width) =>
  fc.record({
    header: fc.array(fc.string({ maxLength: 4 }), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
  }),
);

/** A lazy table over `rows` that records which slices were asked for. */
function recordingTable(rows: readonly (readonly CellValue[])[], width: number) {
  const slices: [number, number][] = [];
  const lazy: LazyTableText = {
    header: Array.from({ length: width }, (_, i) => `h${i}`),
    rowCount: rows.length,
    slice: (start, end) => {
      slices.push([start, end]);
      return rows.slice(start, end);
    },
  };
  return { lazy, slices };
}

describe('csvChunks', () => {
  it('joins, for any chunk size and either BOM setting, into exactly the text of toCsv', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 5 }), fc.boolean(), (input, size, bom) => {
        expect([...csvChunks(input, { bom, rowsPerChunk: size })].join('')).toBe(
          toCsv(input, { bom }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the head first, then one chunk per run of rows, asking the table for no more', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`r${i}`, i]);
    const { lazy, slices } = recordingTable(rows, 2);
    const chunks = [...csvChunks(lazy, { rowsPerChunk: 3 })];
    expect(chunks).toEqual([
      '\uFEFFh0,h1\r\n',
      'r0,0\r\nr1,1\r\nr2,2\r\n',
      'r3,3\r\nr4,4\r\nr5,5\r\n',
      'r6,6\r\n',
    ]);
    expect(slices).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
  });

  it('names the row by its place in the whole table when a later chunk does not match', () => {
    const rows = [['a'], ['b'], ['c', 'extra']];
    const { lazy } = recordingTable(rows, 1);
    expect(() => [...csvChunks(lazy, { rowsPerChunk: 2 })]).toThrow(/^Row 3 has 2 cells/);
  });

  it('writes nothing after the head for a table without rows', () => {
    expect([...csvChunks({ header: ['a'], rows: [] }, { bom: false })]).toEqual(['a\r\n']);
  });
});

describe('tsvChunks', () => {
  it('joins, for any chunk size, into exactly the text of toTsv', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 5 }), (input, size) => {
        expect([...tsvChunks(input, { rowsPerChunk: size })].join('')).toBe(toTsv(input));
      }),
      { numRuns: 3000 },
    );
  });
});
