// Each facet filter declared once: the view field it sets, its link key, how a row matches, the
// values a row has, its words in the view sentence and in file names, and its groups in the
// filter panel. Platform types and operators are the catalogue's own (its vocabulary), so the table
// is made per vocabulary. The query engine, the store's actions, the link grammar, the sentence and the
// panel are all loops over this table (after Datasette's one record per filter in filters.py).
import { operatorLabel, platformTypeEntry } from '../../catalogue/built-in-vocabulary';
import type { Vocabulary } from '../../catalogue/schema';
import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  COUNTRIES,
  COUNTRY_IDS,
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

/** Each facet's link key, as a literal type, for the link grammar's table of keys. */
export const FACET_KEYS = { platformTypes: 'type', operators: 'op', capabilities: 'cap' } as const;

const CAPABILITIES: FacetSpec<'capabilities'> = {
  field: 'capabilities',
  key: FACET_KEYS.capabilities,
  noun: 'capability',
  ids: CAPABILITY_KIND_IDS,
  match: 'every',
  values: (row) => row.reportedCapabilities,
  label: (id) => CAPABILITY_KINDS[id].label,
  clauses: (chosen) => chosen.map((id) => CAPABILITY_KINDS[id].phrase),
  slug: (id) => id,
  groups: [{ legend: 'Iran can supply', ids: CAPABILITY_KIND_IDS }],
  presentOnly: false,
};

export type FacetTable = { readonly [F in FacetField]: FacetSpec<F> };

function makeFacets(vocabulary: Vocabulary): FacetTable {
  const typeIds = vocabulary.platformTypes.map((entry) => entry.id);
  const operatorIds = vocabulary.operators.map((entry) => entry.id);
  const short = (id: string) => {
    const entry = platformTypeEntry(vocabulary, id);
    return entry.short ?? entry.label;
  };
  return {
    platformTypes: {
      field: 'platformTypes',
      key: FACET_KEYS.platformTypes,
      noun: 'platform type',
      ids: typeIds,
      match: 'some',
      values: (row) => [row.system.platformType],
      label: (id) => platformTypeEntry(vocabulary, id).label,
      clauses: (chosen) => [
        `platform type is ${orList(chosen.map((id) => inSentence(short(id))))}`,
      ],
      slug: short,
      groups: [{ legend: 'Platform type', ids: typeIds }],
      presentOnly: true,
    },
    operators: {
      field: 'operators',
      key: FACET_KEYS.operators,
      noun: 'operator',
      ids: operatorIds,
      match: 'some',
      values: (row) => row.operators,
      label: (id) => operatorLabel(vocabulary, id),
      clauses: (chosen) => [
        `operator is ${orList(chosen.map((id) => operatorLabel(vocabulary, id)))}`,
      ],
      slug: (id) => id,
      groups: COUNTRY_IDS.map((country) => ({
        legend: `${COUNTRIES[country].adjective} operator`,
        ids: vocabulary.operators
          .filter((entry) => entry.country === country)
          .map((entry) => entry.id),
      })),
      presentOnly: true,
    },
    capabilities: CAPABILITIES,
  };
}

const tables = new WeakMap<Vocabulary, FacetTable>();

/** The facet table of a catalogue's vocabulary, made once per vocabulary. */
export function facetsFor(vocabulary: Vocabulary): FacetTable {
  let table = tables.get(vocabulary);
  if (!table) {
    table = makeFacets(vocabulary);
    tables.set(vocabulary, table);
  }
  return table;
}

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
