// Sets of rows as bits: what the query engine combines, checked against plain lists of rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAll,
  addRow,
  countRows,
  eachRow,
  hasRow,
  keepBoth,
  removeRow,
  rowsInAll,
  wordsFor,
} from '../../../src/domain/table/row-bits';

const SIZE = 100;
const setOf = (rows: readonly number[]) => {
  const bits = new Uint32Array(wordsFor(SIZE));
  for (const row of rows) addRow(bits, row);
  return bits;
};
const listOf = (bits: Uint32Array) => {
  const rows: number[] = [];
  eachRow(bits, (row) => rows.push(row));
  return rows;
};
const rowsArbitrary = fc
  .uniqueArray(fc.nat({ max: SIZE - 1 }))
  .map((rows) => rows.sort((a, b) => a - b));

describe('sets of rows as bits', () => {
  it('needs one word per 32 rows, rounded up', () => {
    expect([0, 1, 32, 33, 100_000].map(wordsFor)).toEqual([0, 1, 1, 2, 3125]);
  });

  it('lists, tests and counts the rows put in, the 32nd and last of a word included', () => {
    const bits = setOf([0, 31, 32, 63, 99]);
    expect(listOf(bits)).toEqual([0, 31, 32, 63, 99]);
    expect([31, 30, 63, 64].map((row) => hasRow(bits, row))).toEqual([true, false, true, false]);
    expect(countRows(bits)).toBe(5);
    removeRow(bits, 31);
    removeRow(bits, 30);
    expect(listOf(bits)).toEqual([0, 32, 63, 99]);
  });

  it('intersects, unites and counts within as lists do', () => {
    fc.assert(
      fc.property(rowsArbitrary, rowsArbitrary, (a, b) => {
        const both = a.filter((row) => b.includes(row));
        const either = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect(listOf(keepBoth(setOf(a), setOf(b)))).toEqual(both);
        expect(listOf(addAll(setOf(a), setOf(b)))).toEqual(either);
        expect(countRows(setOf(a), setOf(b))).toBe(both.length);
        expect(listOf(rowsInAll([null, setOf(a), setOf(b)]) ?? new Uint32Array(0))).toEqual(both);
      }),
    );
  });

  it('leaves the sets it is given alone, and stands for every row when given none', () => {
    const a = setOf([1, 2]);
    rowsInAll([a, setOf([2])]);
    expect(listOf(a)).toEqual([1, 2]);
    expect(rowsInAll([null, null])).toBeNull();
  });
});
