// What the commonality tests share: the shipped systems and grades, and a system built to report
// exactly the kinds a test names.
import type { System } from '../../../src/catalogue/schema';
import type { SourceRegister } from '../../../src/catalogue/register-schema';
import { CAPABILITY_KIND_IDS, type CapabilityKind } from '../../../src/catalogue/vocabulary';
import { readJson } from '../../catalogue/read-shipped-data';

export const SHIPPED_SYSTEMS = (readJson('data/catalogue.json') as { systems: System[] }).systems;
export const shipped = (id: string) => SHIPPED_SYSTEMS.find((system) => system.id === id) as System;
export const SHIPPED_GRADES = new Map(
  (readJson('seeds/sources.json') as SourceRegister).sources.map((source) => [
    source.id,
    source.grade,
  ]),
);

/** A system whose capability records report exactly the given kinds. */
export function systemReporting(kinds: readonly CapabilityKind[]): System {
  const cite = { source: 'S000', locator: 'item-1', confidence: 'stated' } as const;
  return {
    id: 'test',
    name: 'Test',
    platformType: 'mbt',
    summary: 'A test system.',
    iraq: [{ id: 'a', designation: 'A', operator: 'iraqi-army', cites: [cite] }],
    iran: [
      { id: 'b', designation: 'B', operator: 'irgc', acquisition: 'in-service', cites: [cite] },
    ],
    capabilities: CAPABILITY_KIND_IDS.map((kind) => ({
      kind,
      status: kinds.includes(kind) ? 'makes' : 'not-reported',
      detail: kind,
      cites: [cite],
    })),
    reference: {},
  };
}
