// One row per system: the catalogue flattened into what the comparison table shows.
import type { Capability, Catalogue, System, Variant } from '../../catalogue/schema';
import {
  ACQUISITIONS,
  CAPABILITY_KIND_IDS,
  OPERATORS,
  PLATFORM_TYPES,
  type Acquisition,
  type CapabilityKind,
  type Operator,
} from '../../catalogue/vocabulary';
import { commonalityLevel, type CommonalityLevel } from './commonality';

export type TableRow = {
  id: string;
  system: System;
  capabilities: Partial<Record<CapabilityKind, Capability>>;
  /** Operators of both countries, without repeats: what the operator filter matches. */
  operators: Operator[];
  /** The kinds Iran is reported to supply: what the capability filter matches. */
  reportedCapabilities: CapabilityKind[];
  commonality: CommonalityLevel;
  /** Lower-cased names, designations and operators, joined once so search is one scan. */
  searchText: string;
};

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export const designations = (variants: readonly Variant[]): string =>
  variants.map((variant) => variant.designation).join(' / ');

export const operatorLabels = (variants: readonly Variant[]): string =>
  unique(variants.map((variant) => OPERATORS[variant.operator].label)).join(' / ');

export const acquisitionLabels = (variants: readonly Variant[]): string =>
  unique(
    variants
      .map((variant) => variant.acquisition)
      .filter((acquisition): acquisition is Acquisition => acquisition !== undefined),
  )
    .map((acquisition) => ACQUISITIONS[acquisition].label)
    .join(' / ');

export function deriveRow(system: System): TableRow {
  const variants = [...system.iraq, ...system.iran];
  const capabilities: Partial<Record<CapabilityKind, Capability>> = {};
  for (const capability of system.capabilities) capabilities[capability.kind] = capability;
  const searchText = [
    system.name,
    PLATFORM_TYPES[system.platformType].label,
    ...variants.flatMap((variant) => [variant.designation, OPERATORS[variant.operator].label]),
  ]
    .join('\n')
    .toLowerCase();
  return {
    id: system.id,
    system,
    capabilities,
    operators: unique(variants.map((variant) => variant.operator)),
    reportedCapabilities: CAPABILITY_KIND_IDS.filter(
      (kind) => capabilities[kind]?.status === 'reported',
    ),
    commonality: commonalityLevel(system),
    searchText,
  };
}

export const deriveRows = (catalogue: Catalogue): TableRow[] => catalogue.systems.map(deriveRow);
