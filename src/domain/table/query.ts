// One query of the table: which rows a view shows, in what order, and every facet's counts, from
// the row index's sets of rows (row-bits.ts), combined 32 rows to a word. Counts follow the
// faceted rule (TanStack's, Datasette's): an option counts the rows that pass every other filter,
// so a row failing only one facet's filter still counts in that facet, and a row passing all of
// them counts in every facet.
import { viewPart } from '../view/pick';
import type { SortRule } from '../view/state';
import { FACET_FIELDS, facetMask, type FacetField, type FacetTable } from './facets';
import {
  addAll,
  countRows,
  eachRow,
  hasRow,
  keepBoth,
  removeRow,
  rowsInAll,
  wordsFor,
} from './row-bits';
import { orderOf, ranksOf, type RowIndex } from './row-index';

/** The parts of the view a query reads. */
export const pickTableQuery = viewPart([
  'platformTypes',
  'operators',
  'capabilities',
  'search',
  'sorting',
]);
export type TableQuery = ReturnType<typeof pickTableQuery>;

/** Per facet, a count per value, in the facet's vocabulary order. */
export type FacetCounts = { readonly [F in FacetField]: Uint32Array };

export type QueryResult = {
  /** Positions in the row index of the rows shown, in the order shown. */
  order: Uint32Array;
  counts: FacetCounts;
  /** Rows in the catalogue, shown or not. */
  total: number;
};

/** Splits search text into lower-case words; every word must appear somewhere in the row. */
export const searchTerms = (query: string): string[] =>
  query.toLowerCase().split(/\s+/u).filter(Boolean);

/** The rows whose search text contains every term: null when there is no term (every row). */
function searchedRows(index: RowIndex, terms: readonly string[]): Uint32Array | null {
  let found: Uint32Array | null = null;
  for (const term of terms) {
    // Only a row with each of the term's code units can contain it.
    const units = [...new Set(Array.from({ length: term.length }, (_, at) => term.charCodeAt(at)))];
    const sets = units.map((unit) => index.textUnits.get(unit));
    if (sets.some((set) => set === undefined)) return new Uint32Array(wordsFor(index.rows.length));
    const candidates = rowsInAll([found, ...(sets as Uint32Array[])]) as Uint32Array;
    // A one-unit term is its set; a longer one is read in each candidate's text.
    if (term.length > 1) {
      eachRow(candidates, (row) => {
        if (!(index.search[row] as string).includes(term)) removeRow(candidates, row);
      });
    }
    found = candidates;
  }
  return found;
}

/** The rows passing one facet's filter, or null when nothing is chosen in it. */
function passingRows(index: RowIndex, field: FacetField, chosen: number): Uint32Array | null {
  if (chosen === 0) return null;
  const byBit = index.valueRows[field];
  const some = index.facets[field].match === 'some';
  let passing: Uint32Array | null = null;
  for (let rest = chosen; rest !== 0; rest &= rest - 1) {
    const rows = byBit[31 - Math.clz32(rest & -rest)];
    // No row has this value: under "every" no row passes; under "some" it adds none.
    if (!rows) {
      if (some) continue;
      return new Uint32Array(wordsFor(index.rows.length));
    }
    if (!passing) passing = rows.slice();
    else if (some) addAll(passing, rows);
    else keepBoth(passing, rows);
  }
  return passing ?? new Uint32Array(wordsFor(index.rows.length));
}

export function queryTable(index: RowIndex, query: TableQuery): QueryResult {
  const found = searchedRows(index, searchTerms(query.search));
  const passing = FACET_FIELDS.map((field) =>
    passingRows(index, field, facetMask(index.facets[field], query[field])),
  );
  // A facet's counts are of the rows every other filter lets through, search included.
  const counts = FACET_FIELDS.map((field, facet) => {
    const within = rowsInAll([found, ...passing.filter((_, other) => other !== facet)]);
    const byBit = index.valueRows[field];
    return Uint32Array.from(index.facets[field].ids, (_, bit) => {
      const rows = byBit[bit];
      return rows ? countRows(rows, within) : 0;
    });
  });
  const shown = rowsInAll([found, ...passing]);
  return {
    order: sortedOrder(index, shown, query.sorting),
    counts: Object.fromEntries(
      FACET_FIELDS.map((field, facet) => [field, counts[facet]]),
    ) as unknown as FacetCounts,
    total: index.rows.length,
  };
}

/**
 * The shown rows (all, when `shown` is null) in the view's order. One sort rule walks that
 * column's whole order once; more rules compare ranks, rule by rule; rows that sort as equals keep
 * catalogue order.
 */
function sortedOrder(
  index: RowIndex,
  shown: Uint32Array | null,
  sorting: readonly SortRule[],
): Uint32Array {
  const size = index.rows.length;
  const walk =
    sorting.length === 1 && sorting[0] ? orderOf(index, sorting[0].column, sorting[0].desc) : null;
  if (walk) {
    if (!shown) return walk.slice();
    const order = new Uint32Array(countRows(shown));
    let next = 0;
    for (const row of walk) if (hasRow(shown, row)) order[next++] = row;
    return order;
  }
  let order: Uint32Array;
  if (shown) {
    order = new Uint32Array(countRows(shown));
    let next = 0;
    eachRow(shown, (row) => (order[next++] = row));
  } else {
    order = new Uint32Array(size);
    for (let row = 0; row < size; row += 1) order[row] = row;
  }
  if (sorting.length === 0) return order;
  const rules = sorting.map((rule) => ({
    ranks: ranksOf(index, rule.column),
    sign: rule.desc ? -1 : 1,
  }));
  return order.sort((a, b) => {
    for (const { ranks, sign } of rules) {
      const difference = (ranks[a] ?? 0) - (ranks[b] ?? 0);
      if (difference !== 0) return sign * difference;
    }
    return a - b;
  });
}

/** A facet's counts by value id. */
export function countsById<F extends FacetField>(
  facets: FacetTable,
  counts: FacetCounts,
  field: F,
): ReadonlyMap<string, number> {
  const ids = facets[field].ids;
  return new Map(ids.map((id, position) => [id, counts[field][position] ?? 0]));
}
