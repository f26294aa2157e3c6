// One row per system: the catalogue flattened into what the table shows.
import type {
  Capability,
  Catalogue,
  Citation,
  System,
  Variant,
  Vocabulary,
} from '../../catalogue/schema';
import { vocabularyOf } from '../../catalogue/built-in-vocabulary';
import {
  ACQUISITIONS,
  isReported,
  type Acquisition,
  type CapabilityKind,
  type Operator,
} from '../../catalogue/vocabulary';
import { searchSynonyms } from '../glossary/synonyms';
import { commonalityOf, type Commonality } from './commonality';
import { kindList, lineUp, NONE } from './shared-parts';

export type TableRow = {
  id: string;
  system: System;
  capabilities: Partial<Record<CapabilityKind, Capability>>;
  /** Operators of both countries, without repeats: what the operator filter matches. */
  operators: readonly Operator[];
  /** The labels the catalogue's vocabulary declares for the row's platform type and operators. */
  labels: { platformType: string; operators: Readonly<Record<Operator, string>> };
  /** The kinds Iran is reported to supply, by counted citations: what the capability filter matches. */
  reportedCapabilities: readonly CapabilityKind[];
  /** Reported kinds none of whose citations count under the user's evidence and grade filters. */
  setAside: readonly CapabilityKind[];
  /** Ids of the variants (of either country) none of whose citations count: set aside (N21). */
  variantsSetAside: readonly string[];
  commonality: Commonality;
  /** Which citations the row's trusted parts counted: the evidence and grade filters' test. */
  counts: (cite: Citation) => boolean;
  /**
   * Lower-cased names, designations, operators and glossary synonyms (the platform type's
   * abbreviation, the glossary's terms for the type and the operators), joined once so search is
   * one scan.
   */
  searchText: string;
};

/**
 * A row as the catalogue service sends it: everything but its `counts` test, a function, which
 * no message can carry. The page puts back the test of the trust the row was asked under.
 */
export type PostedRow = Omit<TableRow, 'counts'>;

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const postedRow = ({ counts, ...row }: TableRow): PostedRow => row;

const whole = new WeakMap<PostedRow, TableRow>();

/** A posted row made whole again, once: the same system is the same object every time. */
export function receivedRow(row: PostedRow, counts: (cite: Citation) => boolean): TableRow {
  const made = whole.get(row);
  if (made?.counts === counts) return made;
  const next = { ...row, counts };
  whole.set(row, next);
  return next;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export const designations = (variants: readonly Variant[]): string =>
  variants.map((variant) => variant.designation).join(' / ');

/** The operators' labels of some of a row's variants, each once. */
export const operatorLabels = (
  row: Pick<TableRow, 'labels'>,
  variants: readonly Variant[],
): string =>
  unique(
    variants.map((variant) => row.labels.operators[variant.operator] ?? variant.operator),
  ).join(' / ');

export const acquisitionLabels = (variants: readonly Variant[]): string =>
  unique(
    variants
      .map((variant) => variant.acquisition)
      .filter((acquisition): acquisition is Acquisition => acquisition !== undefined),
  )
    .map((acquisition) => ACQUISITIONS[acquisition].label)
    .join(' / ');

const ALL_COUNT = () => true;

/**
 * The row for a system, counting only citations that pass `counts` (all by default); search also
 * finds it by `synonyms`.
 */
export function deriveRow(
  system: System,
  vocabulary: Vocabulary,
  counts: (cite: Citation) => boolean = ALL_COUNT,
  synonyms: readonly string[] = [],
): TableRow {
  const variants = [...system.iraq, ...system.iran];
  const capabilities: Partial<Record<CapabilityKind, Capability>> = {};
  for (const capability of system.capabilities) capabilities[capability.kind] = capability;
  const { operators, labels } = lineUp(
    vocabulary,
    system.platformType,
    unique(variants.map((variant) => variant.operator)),
  );
  // Joined by hand rather than through lists: this runs for each of 100,000 systems.
  let text = `${system.name}\n${labels.platformType}`;
  for (const variant of variants) {
    text += `\n${variant.designation}\n${labels.operators[variant.operator] ?? ''}`;
  }
  for (const synonym of synonyms) text += `\n${synonym}`;
  const searchText = text.toLowerCase();
  return {
    id: system.id,
    system,
    capabilities,
    operators,
    labels,
    searchText,
    ...trustedParts(system, capabilities, counts),
  };
}

type TrustedParts = Pick<
  TableRow,
  'reportedCapabilities' | 'setAside' | 'variantsSetAside' | 'commonality' | 'counts'
>;

function trustedParts(
  system: System,
  capabilities: TableRow['capabilities'],
  counts: (cite: Citation) => boolean,
): TrustedParts {
  const counted = new Set<CapabilityKind>();
  const aside = new Set<CapabilityKind>();
  for (const capability of Object.values(capabilities)) {
    if (!isReported(capability.status)) continue;
    (capability.cites.some(counts) ? counted : aside).add(capability.kind);
  }
  const variantsSetAside = [...system.iraq, ...system.iran]
    .filter((variant) => !variant.cites.some(counts))
    .map((variant) => variant.id);
  return {
    reportedCapabilities: kindList((kind) => counted.has(kind)),
    setAside: kindList((kind) => aside.has(kind)),
    variantsSetAside: variantsSetAside.length === 0 ? NONE : variantsSetAside,
    commonality: commonalityOf(system, counts),
    counts,
  };
}

/**
 * The same row under other evidence and grade filters: only what rests on counted citations is
 * worked out again; names, search text and synonyms stay.
 */
export const withTrust = (row: TableRow, counts: (cite: Citation) => boolean): TableRow => ({
  ...row,
  ...trustedParts(row.system, row.capabilities, counts),
});

/**
 * How a catalogue's systems become rows: the one way, for the built-in catalogue, an opened file
 * (row by row, in slices) and a change of the evidence or grade filters alike.
 */
export function rowDeriver(
  catalogue: Pick<Catalogue, 'glossary' | 'vocabulary'>,
  counts: (cite: Citation) => boolean = ALL_COUNT,
): (system: System) => TableRow {
  const vocabulary = vocabularyOf(catalogue);
  const synonymsOf = searchSynonyms(catalogue.glossary, vocabulary);
  return (system) => deriveRow(system, vocabulary, counts, synonymsOf(system));
}

export function deriveRows(
  catalogue: Catalogue,
  counts: (cite: Citation) => boolean = ALL_COUNT,
): TableRow[] {
  return catalogue.systems.map(rowDeriver(catalogue, counts));
}
