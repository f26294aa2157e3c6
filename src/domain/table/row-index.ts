// The table's rows in columns, built once per row set so a query combines typed arrays: per facet
// value, the set of rows that have it (row-bits.ts); the search text, and per code unit the rows
// whose text has it; and per column a sort rank per row and the whole catalogue in each
// single-column order, both built on first use. Text ranks come from the app's collator, compared
// once per distinct text.
import { COLUMN_SPECS, type ColumnId } from './columns';
import type { Vocabulary } from '../../catalogue/schema';
import { FACET_FIELDS, facetMask, facetsFor, type FacetField, type FacetTable } from './facets';
import { addRow, wordsFor } from './row-bits';
import type { TableRow } from './rows';

export type RowIndex = {
  readonly rows: readonly TableRow[];
  /** The facets of the catalogue's vocabulary: bit i of a mask is the i-th value there. */
  readonly facets: FacetTable;
  /** Per facet, by bit (facetMask): the rows that have that value; none where no row has it. */
  readonly valueRows: { readonly [F in FacetField]: readonly (Uint32Array | undefined)[] };
  /** Per facet, the values some row has: the panel's options follow the data. */
  readonly present: { readonly [F in FacetField]: number };
  /** A row's position by its system id. */
  readonly positions: ReadonlyMap<string, number>;
  readonly search: readonly string[];
  /**
   * By UTF-16 code unit, the rows whose search text has it: a row lacking one of a search word's
   * code units cannot contain the word, and a one-letter word is answered by its set alone.
   */
  readonly textUnits: ReadonlyMap<number, Uint32Array>;
  /** Filled on first use: one rank per row, equal ranks for rows that sort as equals. */
  readonly ranks: Map<ColumnId, Float64Array>;
  /** Filled on first use, by `column` or `-column`: every row in that sort's order. */
  readonly orders: Map<string, Uint32Array>;
};

/** How text columns compare: numbers inside text by value ("M113" after "M109"), case ignored. */
export const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function buildRowIndex(rows: readonly TableRow[], vocabulary: Vocabulary): RowIndex {
  const facets = facetsFor(vocabulary);
  const words = wordsFor(rows.length);
  const valueRows = {} as Record<FacetField, (Uint32Array | undefined)[]>;
  const present = {} as Record<FacetField, number>;
  for (const field of FACET_FIELDS) {
    const spec = facets[field];
    const byBit: (Uint32Array | undefined)[] = [];
    let some = 0;
    rows.forEach((row, index) => {
      const bits = facetMask(spec, spec.values(row));
      some |= bits;
      for (let rest = bits; rest !== 0; rest &= rest - 1) {
        const bit = 31 - Math.clz32(rest & -rest);
        addRow((byBit[bit] ??= new Uint32Array(words)), index);
      }
    });
    valueRows[field] = byBit;
    present[field] = some >>> 0;
  }
  const search = rows.map((row) => row.searchText);
  return {
    rows,
    facets,
    valueRows,
    present,
    positions: new Map(rows.map((row, index) => [row.id, index])),
    search,
    textUnits: rowsByCodeUnit(search, words),
    ranks: new Map(),
    orders: new Map(),
  };
}

/** Per code unit, the rows whose text has it. */
function rowsByCodeUnit(texts: readonly string[], words: number): Map<number, Uint32Array> {
  const units = new Map<number, Uint32Array>();
  // Most text is ASCII: a plain array finds its sets without hashing.
  const ascii: (Uint32Array | undefined)[] = [];
  texts.forEach((text, row) => {
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      let rowsWith = unit < 128 ? ascii[unit] : units.get(unit);
      if (!rowsWith) {
        rowsWith = new Uint32Array(words);
        if (unit < 128) ascii[unit] = rowsWith;
        units.set(unit, rowsWith);
      }
      addRow(rowsWith, row);
    }
  });
  return units;
}

/** The row of a system, or undefined when the index has none by that id. */
export const rowById = (index: RowIndex, id: string | null): TableRow | undefined => {
  const position = id === null ? undefined : index.positions.get(id);
  return position === undefined ? undefined : index.rows[position];
};

/** Dense ranks of a text column: the distinct texts are sorted once, not every row. */
function textRanks(rows: readonly TableRow[], text: (row: TableRow) => string): Float64Array {
  const byText = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const value = text(row);
    const list = byText.get(value);
    if (list) list.push(index);
    else byText.set(value, [index]);
  });
  const texts = [...byText.keys()].sort(collator.compare);
  const ranks = new Float64Array(rows.length);
  let rank = 0;
  texts.forEach((value, position) => {
    const previous = texts[position - 1];
    if (previous !== undefined && collator.compare(previous, value) !== 0) rank += 1;
    for (const index of byText.get(value) ?? []) ranks[index] = rank;
  });
  return ranks;
}

export function ranksOf(index: RowIndex, column: ColumnId): Float64Array {
  const cached = index.ranks.get(column);
  if (cached) return cached;
  const spec = COLUMN_SPECS[column];
  const { sortValue } = spec;
  const ranks = sortValue
    ? Float64Array.from(index.rows, (row) => sortValue(row))
    : textRanks(index.rows, spec.text);
  index.ranks.set(column, ranks);
  return ranks;
}

/** Every row in one column's order; rows that sort as equals keep catalogue order. */
export function orderOf(index: RowIndex, column: ColumnId, desc: boolean): Uint32Array {
  const key = `${desc ? '-' : ''}${column}`;
  const cached = index.orders.get(key);
  if (cached) return cached;
  const ranks = ranksOf(index, column);
  const order = desc
    ? reversedRuns(orderOf(index, column, false), ranks)
    : Uint32Array.from(index.rows, (_row, position) => position).sort(
        (a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b,
      );
  index.orders.set(key, order);
  return order;
}

/**
 * The descending order read off the ascending one in one pass, with no second sort: its runs of
 * equal ranks taken from last to first, each run still in catalogue order.
 */
function reversedRuns(ascending: Uint32Array, ranks: Float64Array): Uint32Array {
  const order = new Uint32Array(ascending.length);
  let next = 0;
  for (let end = ascending.length; end > 0;) {
    const rank = ranks[ascending[end - 1] as number];
    let start = end - 1;
    while (start > 0 && ranks[ascending[start - 1] as number] === rank) start -= 1;
    for (let at = start; at < end; at += 1) order[next++] = ascending[at] as number;
    end = start;
  }
  return order;
}
