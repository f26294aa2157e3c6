// Everything about each column of the table in one place: its id (what links carry), header,
// group, how the UI draws it, whether it can be hidden, its text, its source and its sort key.
// The table, the CSV, the copy and the comparison all read this one table, so the screen and
// the file cannot drift apart. The groups are in column-groups.ts, the texts worked out from a
// row in cell-text.ts, the two column sets in column-sets.ts.
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUS_IDS,
  isReported,
  REFERENCE_FACT_KINDS,
  type CapabilityKind,
  type CapabilityStatus,
  type Country,
  type ReferenceFactKind,
} from '../../catalogue/vocabulary';
import { sourced, NO_SOURCE, type CellSource } from '../sources/cell-source';
import { COMMONALITY_LEVELS, COMMONALITY_RULE } from './commonality-levels';
import { commonalityReason, commonalityText } from './commonality-text';
import { capabilityText, supplyText, variantCellText } from './cell-text';
import type { ColumnGroup } from './column-groups';
import { acquisitionLabels, designations, operatorLabels, type TableRow } from './rows';
import { variantSources } from './variant-sources';

/** Every column, in on-screen order (the assessment early: in view at 1280 px). Links carry ids. */
export const COLUMN_IDS = [
  'system',
  'platformType',
  'commonality',
  'iraqiVariant',
  'iraqiOperator',
  'iranianVariant',
  'iranianOperator',
  'acquisition',
  'supply',
  'cap-platform',
  'cap-own-variant',
  'cap-ammunition',
  'cap-spares',
  'cap-adapted-weapons',
  'cap-service-experience',
  'origin',
  'armament',
  'ammunitionFamily',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * How the UI draws a cell: the row's name, a reported/not-reported mark, a level, text, or the
 * reported capabilities in one cell.
 */
type ColumnDisplay = 'system' | 'status' | 'level' | 'text' | 'supply';

export type ColumnSpec = {
  id: ColumnId;
  header: string;
  group: ColumnGroup;
  display: ColumnDisplay;
  /** The system column names the row, so it cannot be hidden. */
  hideable: boolean;
  /** The glossary entry that explains the header, if one does. */
  term?: string;
  text: (row: TableRow) => string;
  source: (row: TableRow) => CellSource;
  /** Status columns: the capability's status, which the UI marks ● or ○. */
  status?: (row: TableRow) => CapabilityStatus | undefined;
  /** Sort key where the text would sort wrongly (levels by rank, statuses reported first). */
  sortValue?: (row: TableRow) => number;
};

type Fields = Omit<ColumnSpec, 'id' | 'display' | 'hideable'> &
  Partial<Pick<ColumnSpec, 'display' | 'hideable'>>;
const column = (id: ColumnId, fields: Fields): ColumnSpec => ({
  id,
  display: 'text',
  hideable: true,
  ...fields,
});

function variantColumn(
  id: ColumnId,
  country: Country,
  header: string,
  text: (row: TableRow) => string,
  term?: string,
): ColumnSpec {
  return column(id, {
    header,
    group: country,
    ...(term ? { term } : {}),
    text: (row) => variantCellText(row, country, text(row)),
    source: (row) => variantSources(row)[country],
  });
}

/** The glossary entry for each kind of support Iran may give. */
const CAPABILITY_TERMS: Record<CapabilityKind, string> = {
  platform: 'platform',
  'own-variant': 'own-variant',
  ammunition: 'ammunition',
  spares: 'spares',
  'adapted-weapons': 'adapted-weapons',
  'service-experience': 'service-experience',
};

function capabilityColumn(id: ColumnId, kind: CapabilityKind): ColumnSpec {
  const status = (row: TableRow) => row.capabilities[kind]?.status;
  return column(id, {
    header: CAPABILITY_KINDS[kind].label,
    term: CAPABILITY_TERMS[kind],
    group: 'support',
    display: 'status',
    status,
    text: (row) => capabilityText(row, kind),
    source: (row) => sourced(row.capabilities[kind]?.cites ?? []),
    // Counted reports first, made before offered; then set-aside ones; silent ones last.
    sortValue: (row) => {
      const value = status(row);
      if (!value || !isReported(value)) return 9;
      if (row.setAside.includes(kind)) return 5;
      return CAPABILITY_STATUS_IDS.indexOf(value);
    },
  });
}

const REFERENCE_TERMS: Partial<Record<ReferenceFactKind, string>> = {
  armament: 'calibre',
  ammunitionFamily: 'ammunition-family',
};

function referenceColumn(id: ColumnId, kind: ReferenceFactKind): ColumnSpec {
  return column(id, {
    header: REFERENCE_FACT_KINDS[kind].label,
    ...(REFERENCE_TERMS[kind] ? { term: REFERENCE_TERMS[kind] } : {}),
    group: 'reference',
    text: (row) => row.system.reference[kind]?.value ?? '',
    source: (row) => (row.system.reference[kind] ? { basis: 'reference' } : NO_SOURCE),
  });
}

export const COLUMN_SPECS: Readonly<Record<ColumnId, ColumnSpec>> = {
  system: column('system', {
    header: 'System',
    group: 'identity',
    display: 'system',
    hideable: false,
    text: (row) => row.system.name,
    source: (row) => variantSources(row).both,
  }),
  platformType: column('platformType', {
    header: 'Platform type',
    group: 'identity',
    text: (row) => row.labels.platformType,
    source: (row) => variantSources(row).both,
  }),
  iraqiVariant: variantColumn(
    'iraqiVariant',
    'iraq',
    'Iraqi variant',
    (row) => designations(row.system.iraq),
    'variant',
  ),
  iraqiOperator: variantColumn(
    'iraqiOperator',
    'iraq',
    'Iraqi operator',
    (row) => operatorLabels(row, row.system.iraq),
    'operator',
  ),
  iranianVariant: variantColumn(
    'iranianVariant',
    'iran',
    'Iranian variant',
    (row) => designations(row.system.iran),
    'variant',
  ),
  iranianOperator: variantColumn(
    'iranianOperator',
    'iran',
    'Iranian operator',
    (row) => operatorLabels(row, row.system.iran),
    'operator',
  ),
  acquisition: variantColumn('acquisition', 'iran', 'How Iran has it', (row) =>
    acquisitionLabels(row.system.iran),
  ),
  supply: column('supply', {
    header: 'Summary',
    group: 'support',
    display: 'supply',
    text: supplyText,
    source: (row) =>
      sourced(row.reportedCapabilities.flatMap((kind) => row.capabilities[kind]?.cites ?? [])),
    // The most reported kinds first when sorted descending.
    sortValue: (row) => row.reportedCapabilities.length,
  }),
  'cap-platform': capabilityColumn('cap-platform', 'platform'),
  'cap-own-variant': capabilityColumn('cap-own-variant', 'own-variant'),
  'cap-ammunition': capabilityColumn('cap-ammunition', 'ammunition'),
  'cap-spares': capabilityColumn('cap-spares', 'spares'),
  'cap-adapted-weapons': capabilityColumn('cap-adapted-weapons', 'adapted-weapons'),
  'cap-service-experience': capabilityColumn('cap-service-experience', 'service-experience'),
  origin: referenceColumn('origin', 'origin'),
  armament: referenceColumn('armament', 'armament'),
  ammunitionFamily: referenceColumn('ammunitionFamily', 'ammunitionFamily'),
  commonality: column('commonality', {
    header: 'Commonality',
    group: 'derived',
    term: 'commonality-level',
    display: 'level',
    text: (row) => commonalityText(row.commonality),
    // The mark says why this row has its level, then the rule for every row.
    source: (row) => ({
      basis: 'derived',
      rule: `${commonalityReason(row.commonality)} ${COMMONALITY_RULE}`,
    }),
    // Within a level, a level stated outright ranks above one resting on an inference.
    sortValue: (row) =>
      COMMONALITY_LEVELS[row.commonality.level].rank * 2 +
      (row.commonality.weakest === 'inferred' ? 0 : 1),
  }),
};

export const isColumnId = (id: string): id is ColumnId =>
  (COLUMN_IDS as readonly string[]).includes(id);

export const HIDEABLE_COLUMN_IDS: readonly ColumnId[] = COLUMN_IDS.filter(
  (id) => COLUMN_SPECS[id].hideable,
);

/** Columns of general-reference facts, which "sourced facts only" hides. */
export const isReferenceColumn = (id: ColumnId): boolean => COLUMN_SPECS[id].group === 'reference';
