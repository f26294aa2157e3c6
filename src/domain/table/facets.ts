// Each facet filter declared once: the view field it sets, its link key, how a row matches, the
// values a row has, its words in the view sentence and in file names, and its groups in the
// filter panel. The query engine, the store's actions, the link grammar, the sentence and the
// panel are all loops over this table (after Datasette's one record per filter in filters.py).
import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  COUNTRIES,
  COUNTRY_IDS,
  OPERATORS,
  OPERATOR_IDS,
  PLATFORM_TYPES,
  PLATFORM_TYPE_IDS,
} from '../../catalogue/vocabulary';
import { inSentence } from '../view/in-sentence';
import type { ViewState } from '../view/state';
import type { TableRow } from './rows';

export type FacetField = 'platformTypes' | 'operators' | 'capabilities';
export type FacetValue<F extends FacetField> = ViewState[F][number];

type FacetSpec<F extends FacetField = FacetField> = {
  field: F;
  /** The link key: `?type=mbt_apc`. */
  key: string;
  /** What one value is called where a link names an unknown one. */
  noun: string;
  /** Every value, in vocabulary order (at most 32: a row's values are one 32-bit mask). */
  ids: readonly FacetValue<F>[];
  /** `some`: a row with any chosen value shows; `every`: only a row with all of them. */
  match: 'some' | 'every';
  /** The values a row has, each once. */
  values: (row: TableRow) => readonly FacetValue<F>[];
  label: (id: FacetValue<F>) => string;
  /** The view sentence's clauses for the chosen values, e.g. ["platform type is tank or APC"]. */
  clauses: (chosen: readonly FacetValue<F>[]) => string[];
  /** A word for a file name. */
  slug: (id: FacetValue<F>) => string;
  /** The panel's groups of options, each under its legend. */
  groups: readonly { legend: string; ids: readonly FacetValue<F>[] }[];
  /** The panel lists only values some row has (or that are chosen): options follow the data. */
  presentOnly: boolean;
};

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const FACET_TABLE = {
  platformTypes: {
    field: 'platformTypes',
    key: 'type',
    noun: 'platform type',
    ids: PLATFORM_TYPE_IDS,
    match: 'some',
    values: (row) => [row.system.platformType],
    label: (id) => PLATFORM_TYPES[id].label,
    clauses: (chosen) => [
      `platform type is ${orList(chosen.map((id) => inSentence(PLATFORM_TYPES[id].short)))}`,
    ],
    slug: (id) => PLATFORM_TYPES[id].short,
    groups: [{ legend: 'Platform type', ids: PLATFORM_TYPE_IDS }],
    presentOnly: true,
  },
  operators: {
    field: 'operators',
    key: 'op',
    noun: 'operator',
    ids: OPERATOR_IDS,
    match: 'some',
    values: (row) => row.operators,
    label: (id) => OPERATORS[id].label,
    clauses: (chosen) => [`operator is ${orList(chosen.map((id) => OPERATORS[id].label))}`],
    slug: (id) => id,
    groups: COUNTRY_IDS.map((country) => ({
      legend: `${COUNTRIES[country].adjective} operator`,
      ids: OPERATOR_IDS.filter((id) => OPERATORS[id].country === country),
    })),
    presentOnly: true,
  },
  capabilities: {
    field: 'capabilities',
    key: 'cap',
    noun: 'capability',
    ids: CAPABILITY_KIND_IDS,
    match: 'every',
    values: (row) => row.reportedCapabilities,
    label: (id) => CAPABILITY_KINDS[id].label,
    clauses: (chosen) => chosen.map((id) => CAPABILITY_KINDS[id].phrase),
    slug: (id) => id,
    groups: [{ legend: 'Iran can supply', ids: CAPABILITY_KIND_IDS }],
    presentOnly: false,
  },
} as const satisfies { readonly [F in FacetField]: FacetSpec<F> };

export const FACETS: { readonly [F in FacetField]: FacetSpec<F> } = FACET_TABLE;

/** Each facet's link key, as a literal type, for the link grammar's table of keys. */
export const FACET_KEYS = {
  platformTypes: FACET_TABLE.platformTypes.key,
  operators: FACET_TABLE.operators.key,
  capabilities: FACET_TABLE.capabilities.key,
} as const;

/** The facets in the order the panel, the sentence and links list them. */
export const FACET_FIELDS: readonly FacetField[] = ['platformTypes', 'operators', 'capabilities'];

/** The chosen values of each facet, as a view holds them. */
type FacetChoice = Pick<ViewState, FacetField>;

export const NO_FACET_CHOICE: FacetChoice = { platformTypes: [], operators: [], capabilities: [] };

/** The mask of a list of a facet's values: bit i for its i-th value. */
export function facetMask(spec: { ids: readonly string[] }, values: readonly string[]): number {
  let mask = 0;
  for (const id of values) mask |= 1 << spec.ids.indexOf(id);
  return mask >>> 0;
}

/** Whether a row with these values passes the facet's filter for the chosen ones. */
export function facetMatches(match: FacetSpec['match'], rowMask: number, chosen: number): boolean {
  if (chosen === 0) return true;
  return match === 'some' ? (rowMask & chosen) !== 0 : (rowMask & chosen) >>> 0 === chosen;
}

/** A choice toggled, kept in vocabulary order so two equal views are equal lists (and links). */
export function toggledValue<F extends FacetField>(
  spec: FacetSpec<F>,
  chosen: readonly FacetValue<F>[],
  id: FacetValue<F>,
): FacetValue<F>[] {
  return chosen.includes(id)
    ? chosen.filter((entry) => entry !== id)
    : spec.ids.filter((entry) => entry === id || chosen.includes(entry));
}
