import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_KIND_IDS } from '../../../src/catalogue/vocabulary';
import { citationTest } from '../../../src/domain/sources/trust';
import { commonalityOf } from '../../../src/domain/table/commonality';
import { COMMONALITY_LEVELS } from '../../../src/domain/table/commonality-levels';
import { commonalityText } from '../../../src/domain/table/commonality-text';
import { SHIPPED_GRADES, SHIPPED_SYSTEMS, shipped, systemReporting } from './commonality-fixtures';

describe('the level commonalityOf gives', () => {
  it('rates the shipped systems by what Iran is reported to supply', () => {
    expect(
      Object.fromEntries(SHIPPED_SYSTEMS.map((system) => [system.id, commonalityOf(system).level])),
    ).toEqual({
      't-72': 'medium',
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
    [['ammunition', 'service-experience', 'adapted-weapons'], 'low'],
    [['ammunition'], 'low'],
    [['platform', 'spares', 'service-experience'], 'low'],
    [['adapted-weapons'], 'low'],
    [[], 'none'],
  ] as const)('rates a system reporting %j as %s', (kinds, level) => {
    expect(commonalityOf(systemReporting(kinds)).level).toBe(level);
  });

  it('never falls when one more capability is reported', () => {
    const kinds = fc.subarray([...CAPABILITY_KIND_IDS]);
    fc.assert(
      fc.property(kinds, fc.constantFrom(...CAPABILITY_KIND_IDS), (reported, extra) => {
        const before = COMMONALITY_LEVELS[commonalityOf(systemReporting(reported)).level].rank;
        const after =
          COMMONALITY_LEVELS[commonalityOf(systemReporting([...reported, extra])).level].rank;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('ignores capabilities recorded as not reported', () => {
    expect(commonalityOf(systemReporting([]))).toMatchObject({ level: 'none', restsOn: [] });
  });
});

describe('what a level rests on', () => {
  it('names each shipped level, what it rests on and its weakest link', () => {
    expect(
      Object.fromEntries(
        SHIPPED_SYSTEMS.map((system) => {
          const commonality = commonalityOf(system);
          return [
            system.id,
            [commonalityText(commonality), commonality.restsOn.map((s) => s.kind)],
          ];
        }),
      ),
    ).toEqual({
      't-72': ['Medium · rests on an inference', ['ammunition', 'spares']],
      m109: ['Medium · rests on an inference', ['ammunition', 'spares']],
      m113: ['Low · stated outright', ['ammunition', 'adapted-weapons', 'spares']],
      'mi-17': ['Low · stated outright', ['ammunition', 'adapted-weapons', 'service-experience']],
      'rpg-7': ['High · stated outright', ['ammunition', 'own-variant']],
      akm: ['High · stated outright', ['ammunition', 'own-variant']],
    });
  });

  it('names the weakest grade each level rests on, and "two sources" only where two state it', () => {
    const graded = citationTest({ evidence: 'all', minGrade: null }, SHIPPED_GRADES);
    const text = (id: string) => commonalityText(commonalityOf(shipped(id), graded));
    // Every level still rests on the blog's list alone: SIPRI records no ammunition or spares.
    expect(text('t-72')).toBe('Medium · rests on an inference · weakest grade C3');
    expect(text('m113')).toBe('Low · stated outright · weakest grade C3');
    expect(text('akm')).toBe('High · stated outright · weakest grade C3');
    // Under "stated only", the T-72 falls to Low on its licence production, which SIPRI confirms.
    const stated = citationTest({ evidence: 'stated', minGrade: null }, SHIPPED_GRADES);
    expect(commonalityText(commonalityOf(shipped('t-72'), stated))).toBe(
      'Low · stated outright · weakest grade B1 · two sources · some support set aside by the filter',
    );
  });

  it('takes the weakest of the records a level rests on, each at its best citation', () => {
    const system = systemReporting(['ammunition', 'own-variant']);
    const grades = new Map([
      ['S000', { reliability: 'C', credibility: '3', reason: 'r' }],
      ['S001', { reliability: 'B', credibility: '2', reason: 'r' }],
    ] as const);
    system.capabilities = system.capabilities.map((capability) =>
      capability.kind === 'own-variant'
        ? {
            ...capability,
            cites: [...capability.cites, { ...capability.cites[0]!, source: 'S001' }],
          }
        : capability,
    );
    const commonality = commonalityOf(
      system,
      citationTest({ evidence: 'all', minGrade: null }, grades),
    );
    expect(commonality.restsOn.map((support) => support.grade)).toEqual(['C3', 'B2']);
    expect(commonality.weakestGrade).toBe('C3');
    expect(commonality.corroborated).toBe(false);
  });

  it('does not count ammunition Iran only offers towards the ammunition need', () => {
    const offered = systemReporting(['ammunition', 'platform']);
    offered.capabilities = offered.capabilities.map((capability) =>
      capability.kind === 'ammunition' ? { ...capability, status: 'offers' } : capability,
    );
    expect(commonalityOf(offered).level).toBe('low');
  });

  it('drops the M109 to Low when only facts stated outright count, and says what it set aside', () => {
    const stated = commonalityOf(shipped('m109'), (cite) => cite.confidence === 'stated');
    expect(commonalityText(stated)).toBe(
      'Low · stated outright · some support set aside by the filter',
    );
    expect(stated.setAside).toEqual(['spares']);
  });

  it('does not read a licence-built system as one Iran builds today (audit #4)', () => {
    const built = systemReporting(['ammunition']);
    built.capabilities = built.capabilities.map((capability) =>
      capability.kind === 'platform' ? { ...capability, status: 'built' } : capability,
    );
    const commonality = commonalityOf(built);
    expect(commonality.level).toBe('low');
    expect(commonality.restsOn.map((support) => support.kind)).toEqual(['platform', 'ammunition']);
  });

  it('does not count years of operating a type as upkeep (N5)', () => {
    expect(commonalityOf(systemReporting(['ammunition', 'service-experience'])).level).toBe('low');
  });
});

describe('a level the filters set aside (N1)', () => {
  const strict = citationTest({ evidence: 'all', minGrade: 'C2' }, SHIPPED_GRADES);

  it('keeps a record two sources confirm under "C2 or better": the T-72 stays Low', () => {
    const t72 = SHIPPED_SYSTEMS.find((system) => system.id === 't-72')!;
    const commonality = commonalityOf(t72, strict);
    // The blog's C3 is C1 for this item, as SIPRI (B2, B1 for this item) confirms it.
    expect(commonality.level).toBe('low');
    expect(commonality.restsOn.map((support) => support.kind)).toEqual(['platform']);
    expect(commonality.setAside).toEqual(['ammunition', 'spares']);
  });

  it('gives a qualifier that follows from the records it rests on', () => {
    const confidence = fc.constantFrom('stated', 'inferred');
    const records = fc.array(
      fc.record({
        kind: fc.constantFrom(...CAPABILITY_KIND_IDS),
        status: fc.constantFrom('makes', 'built', 'offers', 'experience', 'not-reported'),
        confidence,
      }),
    );
    fc.assert(
      fc.property(records, (list) => {
        const system = systemReporting([]);
        system.capabilities = list.map(({ kind, status, confidence: level }) => ({
          kind,
          status,
          detail: kind,
          cites: [{ source: 'S000', locator: 'item-1', confidence: level }],
        }));
        const { level, restsOn, weakest } = commonalityOf(system);
        expect(restsOn.every((support) => support.capability.status !== 'not-reported')).toBe(true);
        expect(level === 'none').toBe(restsOn.length === 0);
        expect(weakest).toBe(
          restsOn.length === 0
            ? null
            : level === 'low'
              ? restsOn[0]?.confidence
              : restsOn.some((support) => support.confidence === 'inferred')
                ? 'inferred'
                : 'stated',
        );
        if (level === 'low')
          expect(restsOn.some((support) => support.confidence === 'stated')).toBe(
            weakest === 'stated',
          );
        if (level === 'high' || level === 'medium') {
          expect(restsOn[0]?.kind).toBe('ammunition');
          expect(restsOn[0]?.capability.status).toBe('makes');
        }
      }),
    );
  });
});
