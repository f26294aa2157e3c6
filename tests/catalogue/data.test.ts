import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/schema';
import type { Source } from '../../src/catalogue/register-schema';
import { CATALOGUE_FILE, REGISTER_FILE } from '../../src/catalogue/loaded';
import { parseCatalogue } from '../../src/catalogue/parse-catalogue';
import { isReported } from '../../src/catalogue/vocabulary';
import { readJson } from './read-shipped-data';

function shipped(): { catalogue: Catalogue; sources: Source[] } {
  const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.data;
}

const allCitations = (catalogue: Catalogue) => [
  ...catalogue.systems.flatMap((system) => [
    ...system.iraq.flatMap((variant) => variant.cites),
    ...system.iran.flatMap((variant) => variant.cites),
    ...system.capabilities.flatMap((capability) => capability.cites),
  ]),
  ...catalogue.mentioned.flatMap((item) => item.cites),
  ...catalogue.events.flatMap((event) => event.cites),
];

describe('the shipped catalogue and source register', () => {
  it('pass the schema and every integrity check', () => {
    const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('list the six common systems in the order of the commonality list', () => {
    expect(shipped().catalogue.systems.map((system) => system.id)).toEqual([
      't-72',
      'm109',
      'm113',
      'mi-17',
      'rpg-7',
      'akm',
    ]);
  });

  it('register one source per seed document, S000 to S004, and the SIPRI extract as S005', () => {
    const { sources } = shipped();
    expect(sources.map((source) => source.id)).toEqual([
      'S000',
      'S001',
      'S002',
      'S003',
      'S004',
      'S005',
    ]);
    const sipri = sources[5]!;
    expect(sipri.file).toBe('sources/sipri-trade-register-extract.csv');
    expect(sipri.published).toMatchObject({
      date: '2025-03-13',
      precision: 'day',
      basis: 'stated',
    });
    // Small arms are outside SIPRI's register: said, so its silence is not read as negative.
    expect(sipri.coverage?.leavesOut).toEqual(['rpg', 'rifle']);
  });

  it('cite every locator in the register at least once', () => {
    const { catalogue, sources } = shipped();
    const cited = new Set(allCitations(catalogue).map((cite) => `${cite.source}/${cite.locator}`));
    const uncited = sources.flatMap((source) =>
      source.locators
        .map((locator) => `${source.id}/${locator.id}`)
        .filter((key) => !cited.has(key)),
    );
    expect(uncited).toEqual([]);
  });

  it('source each system’s variants to its item of the commonality list', () => {
    const { catalogue } = shipped();
    catalogue.systems.forEach((system, index) => {
      for (const variant of [...system.iraq, ...system.iran]) {
        expect(variant.cites).toContainEqual(
          expect.objectContaining({
            source: 'S000',
            locator: `item-${index + 1}`,
            confidence: 'stated',
          }),
        );
      }
    });
  });

  it('mark every "not reported" capability as read from the silence of a list item', () => {
    const silent = shipped()
      .catalogue.systems.flatMap((system) => system.capabilities)
      .filter((capability) => capability.status === 'not-reported');
    expect(silent.length).toBeGreaterThan(0);
    for (const capability of silent) {
      expect(capability.cites.every((cite) => cite.locator.startsWith('item-'))).toBe(true);
      expect(capability.cites.every((cite) => cite.confidence === 'inferred')).toBe(true);
    }
  });

  it('report spares only as an inference from the general remark on heavy weapons', () => {
    const spares = shipped()
      .catalogue.systems.map((system) => ({
        id: system.id,
        capability: system.capabilities.find((capability) => capability.kind === 'spares'),
      }))
      .filter(({ capability }) => capability !== undefined && isReported(capability.status));
    expect(spares.map(({ id }) => id)).toEqual(['t-72', 'm109', 'm113']);
    for (const { capability } of spares) {
      expect(capability?.cites).toEqual([
        { source: 'S000', locator: 'para-16', confidence: 'inferred' },
      ]);
    }
  });

  it('gives every platform type a glossary entry', () => {
    const { catalogue } = shipped();
    const defined = new Set(catalogue.glossary.map((entry) => entry.platformType));
    for (const system of catalogue.systems) expect(defined).toContain(system.platformType);
  });
});

describe('the source grades', () => {
  it('grade every source on both scales, each with its reason', () => {
    for (const source of shipped().sources) {
      expect(source.grade.reliability).toMatch(/^[A-F]$/);
      expect(source.grade.credibility).toMatch(/^[1-6]$/);
      expect(source.grade.reason.length).toBeGreaterThan(40);
    }
  });
});
