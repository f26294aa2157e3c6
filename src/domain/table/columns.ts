// What each comparison column says about a row, in words: the header, the cell text and where
// the fact comes from. The table, the CSV, the copy and the compare view all read this one table,
// so the screen and the file cannot drift apart.
import type { Citation } from '../../catalogue/schema';
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  PLATFORM_TYPES,
  REFERENCE_FACT_KINDS,
  type CapabilityKind,
  type ReferenceFactKind,
} from '../../catalogue/vocabulary';
import { COMMONALITY_LEVELS, COMMONALITY_RULE } from './commonality';
import {
  acquisitionLabels,
  designations,
  operatorLabels,
  type ComparisonRow,
} from './rows';
import type { ColumnId } from '../view/state';

export type CellSource =
  | { basis: 'sourced'; cites: readonly Citation[] }
  | { basis: 'reference' }
  | { basis: 'derived'; rule: string }
  | { basis: 'none' };

export const COLUMN_GROUPS = {
  identity: { label: 'System' },
  iraq: { label: 'Iraq' },
  iran: { label: 'Iran' },
  support: { label: 'What Iran can supply' },
  reference: { label: 'General reference' },
  derived: { label: 'Assessment' },
} as const;
export type ColumnGroup = keyof typeof COLUMN_GROUPS;

export type ColumnSpec = {
  header: string;
  group: ColumnGroup;
  text: (row: ComparisonRow) => string;
  source: (row: ComparisonRow) => CellSource;
  /** Sort key where the text would sort wrongly (levels by rank, statuses reported first). */
  sortValue?: (row: ComparisonRow) => number;
};

const NONE: CellSource = { basis: 'none' };
const sourced = (cites: readonly Citation[]): CellSource =>
  cites.length > 0 ? { basis: 'sourced', cites } : NONE;

const systemCites = (row: ComparisonRow): readonly Citation[] =>
  [...row.system.iraq, ...row.system.iran].flatMap((variant) => variant.cites);

function capabilityColumn(kind: CapabilityKind): ColumnSpec {
  return {
    header: CAPABILITY_KINDS[kind].label,
    group: 'support',
    text: (row) => {
      const capability = row.capabilities[kind];
      return capability ? CAPABILITY_STATUSES[capability.status].label : '';
    },
    source: (row) => sourced(row.capabilities[kind]?.cites ?? []),
    sortValue: (row) => (row.capabilities[kind]?.status === 'reported' ? 0 : 1),
  };
}

function referenceColumn(kind: ReferenceFactKind): ColumnSpec {
  return {
    header: REFERENCE_FACT_KINDS[kind].label,
    group: 'reference',
    text: (row) => row.system.reference[kind]?.value ?? '',
    source: (row) => (row.system.reference[kind] ? { basis: 'reference' } : NONE),
  };
}

export const COLUMN_SPECS: Readonly<Record<ColumnId, ColumnSpec>> = {
  system: {
    header: 'System',
    group: 'identity',
    text: (row) => row.system.name,
    source: (row) => sourced(systemCites(row)),
  },
  platformType: {
    header: 'Platform type',
    group: 'identity',
    text: (row) => PLATFORM_TYPES[row.system.platformType].label,
    source: (row) => sourced(systemCites(row)),
  },
  iraqiVariant: {
    header: 'Iraqi variant',
    group: 'iraq',
    text: (row) => designations(row.system.iraq),
    source: (row) => sourced(row.system.iraq.flatMap((variant) => variant.cites)),
  },
  iraqiOperator: {
    header: 'Iraqi operator',
    group: 'iraq',
    text: (row) => operatorLabels(row.system.iraq),
    source: (row) => sourced(row.system.iraq.flatMap((variant) => variant.cites)),
  },
  iranianVariant: {
    header: 'Iranian variant',
    group: 'iran',
    text: (row) => designations(row.system.iran),
    source: (row) => sourced(row.system.iran.flatMap((variant) => variant.cites)),
  },
  iranianOperator: {
    header: 'Iranian operator',
    group: 'iran',
    text: (row) => operatorLabels(row.system.iran),
    source: (row) => sourced(row.system.iran.flatMap((variant) => variant.cites)),
  },
  acquisition: {
    header: 'How Iran has it',
    group: 'iran',
    text: (row) => acquisitionLabels(row.system.iran),
    source: (row) => sourced(row.system.iran.flatMap((variant) => variant.cites)),
  },
  'cap-platform': capabilityColumn('platform'),
  'cap-own-variant': capabilityColumn('own-variant'),
  'cap-ammunition': capabilityColumn('ammunition'),
  'cap-spares': capabilityColumn('spares'),
  'cap-adapted-weapons': capabilityColumn('adapted-weapons'),
  'cap-service-experience': capabilityColumn('service-experience'),
  origin: referenceColumn('origin'),
  armament: referenceColumn('armament'),
  ammunitionFamily: referenceColumn('ammunitionFamily'),
  commonality: {
    header: 'Commonality',
    group: 'derived',
    text: (row) => COMMONALITY_LEVELS[row.commonality].label,
    source: () => ({ basis: 'derived', rule: COMMONALITY_RULE }),
    sortValue: (row) => COMMONALITY_LEVELS[row.commonality].rank,
  },
};

export const CAPABILITY_COLUMN_IDS = {
  platform: 'cap-platform',
  'own-variant': 'cap-own-variant',
  ammunition: 'cap-ammunition',
  spares: 'cap-spares',
  'adapted-weapons': 'cap-adapted-weapons',
  'service-experience': 'cap-service-experience',
} as const satisfies Record<CapabilityKind, ColumnId>;
