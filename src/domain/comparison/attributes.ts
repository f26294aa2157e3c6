// What the comparison view shows about each compared item, attribute by attribute. A whole system
// reads its values from COLUMN_SPECS, so the table and the comparison say the same thing; a single
// variant has its own designation, country, operator and acquisition and takes everything else
// (platform type, what Iran can supply, reference facts, commonality) from its system.
import { ACQUISITIONS, COUNTRIES, type Country } from '../../catalogue/vocabulary';
import type { Citation } from '../../catalogue/schema';
import { NO_SOURCE, sourced, type CellSource } from '../sources/cell-source';
import { COLUMN_IDS, COLUMN_SPECS, type ColumnId } from '../table/columns';
import { operatorLabels } from '../table/rows';
import type { ComparisonItem } from './items';

export const COMPARISON_GROUPS = {
  identity: { label: 'Identity' },
  operator: { label: 'Variant and operator' },
  support: { label: 'What Iran can supply' },
  reference: { label: 'General reference' },
  sources: { label: 'Sources' },
} as const;
export type ComparisonGroup = keyof typeof COMPARISON_GROUPS;
export const COMPARISON_GROUP_IDS = Object.keys(COMPARISON_GROUPS) as ComparisonGroup[];

/** One item's value for one attribute; '' when the catalogue does not state it. */
export type ComparisonCell = { text: string; source: CellSource };

export type ComparisonAttribute = {
  id: string;
  label: string;
  group: ComparisonGroup;
  /** One cell per compared item, in the items' order. */
  cells: ComparisonCell[];
};

type AttributeSpec = {
  id: string;
  label: string;
  group: ComparisonGroup;
  /** The table columns this attribute shows; it is hidden when all of them are. None: always shown. */
  columns: readonly ColumnId[];
  cell: (item: ComparisonItem, visible: ReadonlySet<ColumnId>) => ComparisonCell;
};

const fromColumn = (column: ColumnId, group: ComparisonGroup): AttributeSpec => ({
  id: column,
  label: COLUMN_SPECS[column].header,
  group,
  columns: [column],
  cell: (item) => ({
    text: COLUMN_SPECS[column].text(item.row),
    source: COLUMN_SPECS[column].source(item.row),
  }),
});

/**
 * A per-country attribute: a variant shows its own value (if its country's column is shown), a
 * whole system shows both countries' table values, labelled, e.g. "Iraq: T-72M1; Iran: T-72S".
 */
function perCountry(
  id: string,
  label: string,
  columns: Record<Country, ColumnId>,
  variantText: (item: Extract<ComparisonItem, { kind: 'variant' }>) => string,
): AttributeSpec {
  return {
    id,
    label,
    group: 'operator',
    columns: [columns.iraq, columns.iran],
    cell: (item, visible) => {
      if (item.kind === 'variant') {
        if (!visible.has(columns[item.country])) return { text: '', source: NO_SOURCE };
        const text = variantText(item);
        return { text, source: text === '' ? NO_SOURCE : sourced(item.variant.cites) };
      }
      const shown = (['iraq', 'iran'] as const).filter((country) => visible.has(columns[country]));
      const parts = shown
        .map((country) => ({ country, text: COLUMN_SPECS[columns[country]].text(item.row) }))
        .filter((part) => part.text !== '');
      const cites = shown.flatMap((country) => {
        const source = COLUMN_SPECS[columns[country]].source(item.row);
        return source.basis === 'sourced' ? source.cites : [];
      });
      return {
        text: parts.map((part) => `${COUNTRIES[part.country].label}: ${part.text}`).join('; '),
        source: parts.length > 0 ? sourced(cites) : NO_SOURCE,
      };
    },
  };
}

const systemCites = (item: ComparisonItem): readonly Citation[] =>
  [...item.row.system.iraq, ...item.row.system.iran].flatMap((variant) => variant.cites);

const ATTRIBUTE_SPECS: readonly AttributeSpec[] = [
  fromColumn('system', 'identity'),
  fromColumn('platformType', 'identity'),
  perCountry(
    'designation',
    'Designation',
    { iraq: 'iraqiVariant', iran: 'iranianVariant' },
    (item) => item.variant.designation,
  ),
  {
    id: 'country',
    label: 'Country',
    group: 'operator',
    columns: [],
    cell: (item) =>
      item.kind === 'variant'
        ? { text: COUNTRIES[item.country].label, source: sourced(item.variant.cites) }
        : {
            text: `${COUNTRIES.iraq.label} and ${COUNTRIES.iran.label}`,
            source: sourced(systemCites(item)),
          },
  },
  perCountry('operator', 'Operator', { iraq: 'iraqiOperator', iran: 'iranianOperator' }, (item) =>
    operatorLabels(item.row, [item.variant]),
  ),
  {
    id: 'acquisition',
    label: COLUMN_SPECS.acquisition.header,
    group: 'operator',
    columns: ['acquisition'],
    cell: (item) => {
      if (item.kind === 'system') {
        return {
          text: COLUMN_SPECS.acquisition.text(item.row),
          source: COLUMN_SPECS.acquisition.source(item.row),
        };
      }
      const acquisition = item.variant.acquisition;
      return acquisition
        ? { text: ACQUISITIONS[acquisition].label, source: sourced(item.variant.cites) }
        : { text: '', source: NO_SOURCE };
    },
  },
  fromColumn('cap-platform', 'support'),
  fromColumn('cap-own-variant', 'support'),
  fromColumn('cap-ammunition', 'support'),
  fromColumn('cap-spares', 'support'),
  fromColumn('cap-adapted-weapons', 'support'),
  fromColumn('cap-service-experience', 'support'),
  fromColumn('commonality', 'support'),
  fromColumn('origin', 'reference'),
  fromColumn('armament', 'reference'),
  fromColumn('ammunitionFamily', 'reference'),
];

/** Every source cited by the cells an item shows, once each: "S000, S002". */
function sourcesCell(cells: readonly ComparisonCell[]): ComparisonCell {
  const seen = new Map<string, Citation>();
  for (const cell of cells) {
    if (cell.source.basis !== 'sourced') continue;
    for (const cite of cell.source.cites) {
      const key = `${cite.source} ${cite.locator}`;
      if (!seen.has(key)) seen.set(key, cite);
    }
  }
  const cites = [...seen.values()];
  const ids = [...new Set(cites.map((cite) => cite.source))].sort();
  return { text: ids.join(', '), source: sourced(cites) };
}

/**
 * The attributes of the compared items that the view shows: an attribute whose table columns are
 * all hidden (by the column menu, or reference facts under "sourced facts only") is left out, so
 * it can never count as a difference the user cannot see.
 */
/** An attribute's columns are all hidden: the view leaves it out. */
const isShown = (spec: AttributeSpec, visible: ReadonlySet<ColumnId>): boolean =>
  spec.columns.length === 0 || spec.columns.some((column) => visible.has(column));

/** The labels of the attributes the view leaves out because their columns are hidden. */
export function hiddenAttributeLabels(visibleColumns: readonly ColumnId[]): string[] {
  const visible: ReadonlySet<ColumnId> = new Set(visibleColumns);
  return ATTRIBUTE_SPECS.filter((spec) => !isShown(spec, visible)).map((spec) => spec.label);
}

export function comparisonAttributes(
  items: readonly ComparisonItem[],
  visibleColumns: readonly ColumnId[] = COLUMN_IDS,
): ComparisonAttribute[] {
  const visible: ReadonlySet<ColumnId> = new Set(visibleColumns);
  const attributes: ComparisonAttribute[] = ATTRIBUTE_SPECS.filter((spec) =>
    isShown(spec, visible),
  ).map((spec) => ({
    id: spec.id,
    label: spec.label,
    group: spec.group,
    cells: items.map((item) => spec.cell(item, visible)),
  }));
  attributes.push({
    id: 'sources',
    label: 'Sources cited',
    group: 'sources',
    cells: items.map((_, index) =>
      sourcesCell(attributes.flatMap((attribute) => attribute.cells[index] ?? [])),
    ),
  });
  return attributes;
}
