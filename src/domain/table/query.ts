// One query of the table: which rows a view shows, in what order, and every facet's counts, in a
// single pass over the row index. Counts follow the faceted rule (TanStack's, Datasette's): an
// option counts the rows that pass every other filter, so a row failing only one facet's filter
// still counts in that facet, and a row passing all of them counts in every facet.
import { viewPart } from '../view/pick';
import type { SortRule } from '../view/state';
import { FACET_FIELDS, facetMask, facetMatches, type FacetField, type FacetTable } from './facets';
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

const addBits = (counts: Uint32Array, mask: number) => {
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const bit = 31 - Math.clz32(rest & -rest);
    counts[bit] = (counts[bit] ?? 0) + 1;
  }
};

export function queryTable(index: RowIndex, query: TableQuery): QueryResult {
  const size = index.rows.length;
  const facets = FACET_FIELDS.map((field) => {
    const spec = index.facets[field];
    return {
      masks: index.masks[field],
      chosen: facetMask(spec, query[field]),
      match: spec.match,
      counts: new Uint32Array(spec.ids.length),
    };
  });
  // Only the facets with a choice can turn a row away.
  const filtering = facets.filter((facet) => facet.chosen !== 0);
  const terms = searchTerms(query.search);
  const texts = index.search;
  const shown = new Uint8Array(size);
  let shownCount = 0;

  rows: for (let row = 0; row < size; row += 1) {
    let failed: (typeof facets)[number] | null = null;
    for (const facet of filtering) {
      if (facetMatches(facet.match, facet.masks[row] as number, facet.chosen)) continue;
      // A row failing two facets counts nowhere.
      if (failed) continue rows;
      failed = facet;
    }
    if (terms.length > 0) {
      const text = texts[row] as string;
      // Search is no facet: a row it turns away counts nowhere.
      for (const term of terms) if (!text.includes(term)) continue rows;
    }
    if (failed) {
      addBits(failed.counts, failed.masks[row] as number);
      continue;
    }
    shown[row] = 1;
    shownCount += 1;
    for (const facet of facets) addBits(facet.counts, facet.masks[row] as number);
  }

  return {
    order: sortedOrder(index, shown, shownCount, query.sorting),
    counts: Object.fromEntries(
      FACET_FIELDS.map((field, facet) => [field, facets[facet]?.counts]),
    ) as unknown as FacetCounts,
    total: size,
  };
}

/**
 * The shown rows in the view's order. One sort rule walks that column's whole order once; more
 * rules compare ranks, rule by rule; rows that sort as equals keep catalogue order.
 */
function sortedOrder(
  index: RowIndex,
  shown: Uint8Array,
  count: number,
  sorting: readonly SortRule[],
): Uint32Array {
  const order = new Uint32Array(count);
  const walk =
    sorting.length === 1 && sorting[0] ? orderOf(index, sorting[0].column, sorting[0].desc) : null;
  let next = 0;
  if (walk) {
    for (const row of walk) if (shown[row] === 1) order[next++] = row;
    return order;
  }
  for (let row = 0; row < shown.length; row += 1) if (shown[row] === 1) order[next++] = row;
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
