import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { CAPABILITY_KIND_IDS, type CapabilityKind } from '../../../src/catalogue/vocabulary';
import {
  COMMONALITY_LEVELS,
  COMMONALITY_RULE,
  commonalityLevel,
  sustainmentNeeds,
} from '../../../src/domain/table/commonality';
import { readJson } from '../../catalogue/read-shipped-data';

/** A system whose capability records report exactly the given kinds. */
function systemReporting(kinds: readonly CapabilityKind[]): System {
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

describe('commonalityLevel', () => {
  it('rates the shipped systems by what Iran is reported to supply', () => {
    const systems = (readJson('data/catalogue.json') as { systems: System[] }).systems;
    expect(
      Object.fromEntries(systems.map((system) => [system.id, commonalityLevel(system)])),
    ).toEqual({
      't-72': 'high',
      m109: 'medium',
      m113: 'low',
      'mi-17': 'low',
      'rpg-7': 'high',
      akm: 'high',
    });
  });

  it.each([
    [['ammunition', 'platform'], 'high'],
    [['ammunition', 'own-variant'], 'high'],
    [['ammunition', 'spares'], 'medium'],
    [['ammunition', 'service-experience', 'adapted-weapons'], 'medium'],
    [['ammunition'], 'low'],
    [['platform', 'spares', 'service-experience'], 'low'],
    [['adapted-weapons'], 'low'],
    [[], 'none'],
  ] as const)('rates a system reporting %j as %s', (kinds, level) => {
    expect(commonalityLevel(systemReporting(kinds))).toBe(level);
  });

  it('never falls when one more capability is reported', () => {
    const kinds = fc.subarray([...CAPABILITY_KIND_IDS]);
    fc.assert(
      fc.property(kinds, fc.constantFrom(...CAPABILITY_KIND_IDS), (reported, extra) => {
        const before = COMMONALITY_LEVELS[commonalityLevel(systemReporting(reported))].rank;
        const after =
          COMMONALITY_LEVELS[commonalityLevel(systemReporting([...reported, extra]))].rank;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('ignores capabilities recorded as not reported', () => {
    expect(sustainmentNeeds(systemReporting([]))).toEqual({
      ammunition: false,
      upkeep: false,
      replacement: false,
    });
  });
});

describe('the commonality rule', () => {
  it('ranks the levels from none to high', () => {
    const ranks = Object.values(COMMONALITY_LEVELS).map((level) => level.rank);
    expect(ranks).toEqual([3, 2, 1, 0]);
  });

  it('explains every level in plain English for the UI', () => {
    for (const { label } of Object.values(COMMONALITY_LEVELS)) {
      expect(COMMONALITY_RULE).toContain(`${label}:`);
    }
  });
});
