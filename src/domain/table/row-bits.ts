// Sets of rows as bits: bit (row & 31) of word (row >>> 5) is set when the row is in the set.
// A query over 100,000 rows combines a few of these, 3,125 words each, instead of visiting every
// row once per facet.

/** How many 32-bit words hold one bit per row. */
export const wordsFor = (rows: number): number => (rows + 31) >>> 5;

export const hasRow = (bits: Uint32Array, row: number): boolean =>
  ((bits[row >>> 5] as number) & (1 << (row & 31))) !== 0;

export const addRow = (bits: Uint32Array, row: number): void => {
  bits[row >>> 5] = (bits[row >>> 5] as number) | (1 << (row & 31));
};

export const removeRow = (bits: Uint32Array, row: number): void => {
  bits[row >>> 5] = (bits[row >>> 5] as number) & ~(1 << (row & 31));
};

/** How many bits of one word are set. */
function bitCount(word: number): number {
  let rest = word - ((word >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return Math.imul((rest + (rest >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Rows in `bits`, or in both when `within` is given. */
export function countRows(bits: Uint32Array, within: Uint32Array | null = null): number {
  let count = 0;
  for (let word = 0; word < bits.length; word += 1) {
    const both = within
      ? (bits[word] as number) & (within[word] as number)
      : (bits[word] as number);
    if (both !== 0) count += bitCount(both);
  }
  return count;
}

/** Keeps in `target` only the rows also in `other`; returns `target`. */
export function keepBoth(target: Uint32Array, other: Uint32Array): Uint32Array {
  for (let word = 0; word < target.length; word += 1)
    target[word] = (target[word] as number) & (other[word] as number);
  return target;
}

/** Adds to `target` the rows in `other`; returns `target`. */
export function addAll(target: Uint32Array, other: Uint32Array): Uint32Array {
  for (let word = 0; word < target.length; word += 1)
    target[word] = (target[word] as number) | (other[word] as number);
  return target;
}

/** The rows in every set listed, as a new set; null (every row) when none is listed. */
export function rowsInAll(sets: readonly (Uint32Array | null)[]): Uint32Array | null {
  let both: Uint32Array | null = null;
  for (const set of sets) if (set) both = both ? keepBoth(both, set) : set.slice();
  return both;
}

/** Calls `visit` with each row in the set, in row order. */
export function eachRow(bits: Uint32Array, visit: (row: number) => void): void {
  for (let word = 0; word < bits.length; word += 1) {
    for (let rest = bits[word] as number; rest !== 0; rest &= rest - 1)
      visit((word << 5) | (31 - Math.clz32(rest & -rest)));
  }
}
