import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/catalogue/schema';
import { COUNTRY_IDS } from '../../../src/catalogue/vocabulary';
import { citationCounts, citingFacts } from '../../../src/domain/sources/citation-index';
import { uniqueCitations } from '../../../src/domain/sources/unique-citations';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();

/** Every citation list in the catalogue: variants, capabilities, mentioned items, events. */
const everyCitationList = (): Citation[][] => [
  ...catalogue.systems.flatMap((system) => [
    ...COUNTRY_IDS.flatMap((country) => system[country].map((variant) => variant.cites)),
    ...system.capabilities.map((capability) => capability.cites),
  ]),
  ...catalogue.mentioned.map((item) => item.cites),
  ...catalogue.events.map((event) => event.cites),
];

describe('citationCounts and citingFacts', () => {
  const counts = citationCounts(catalogue);

  it('counts under each source every fact that cites it, once per place cited', () => {
    const expected = new Map<string, number>();
    for (const cites of everyCitationList()) {
      for (const cite of uniqueCitations(cites)) {
        expected.set(cite.source, (expected.get(cite.source) ?? 0) + 1);
      }
    }
    expect(counts).toEqual(expected);
  });

  it('covers every source in the register, and names only register sources', () => {
    expect([...counts.keys()].sort()).toEqual(sources.map((source) => source.id).sort());
  });

  it('lists behind each count exactly that many facts, each citing that source', () => {
    for (const [source, count] of counts) {
      const facts = citingFacts(catalogue, source);
      expect(facts).toHaveLength(count);
    }
    expect(citingFacts(catalogue, 'S999')).toEqual([]);
  });

  it('says what each fact is and where in the source it comes from', () => {
    expect(citingFacts(catalogue, 'S000')).toContainEqual({
      fact: 'M109 · spares & servicing: Makes',
      locator: 'para-16',
      confidence: 'inferred',
    });
  });
});

describe('uniqueCitations', () => {
  it('keeps each source and locator once, with the firmest confidence', () => {
    const cite = (locator: string, confidence: 'stated' | 'inferred'): Citation => ({
      source: 'S000',
      locator,
      confidence,
    });
    expect(
      uniqueCitations([
        cite('item-1', 'inferred'),
        cite('item-2', 'stated'),
        cite('item-1', 'stated'),
      ]),
    ).toEqual([cite('item-1', 'stated'), cite('item-2', 'stated')]);
  });
});
