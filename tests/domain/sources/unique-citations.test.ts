import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/catalogue/schema';
import { uniqueCitations } from '../../../src/domain/sources/unique-citations';

const cite: fc.Arbitrary<Citation> = fc.record({
  source: fc.constantFrom('S000', 'S001', 'S002'),
  locator: fc.constantFrom('item-1', 'para-2', 'para-3'),
  confidence: fc.constantFrom('stated', 'inferred'),
});

// The definition: the first citation of each place, replaced by a later stated one if it was
// inferred, in the order places first appear.
function expected(cites: readonly Citation[]): Citation[] {
  const byPlace = new Map<string, Citation>();
  for (const each of cites) {
    const key = JSON.stringify([each.source, each.locator]);
    const seen = byPlace.get(key);
    if (!seen || (seen.confidence === 'inferred' && each.confidence === 'stated'))
      byPlace.set(key, each);
  }
  return [...byPlace.values()];
}

describe('uniqueCitations', () => {
  it('keeps each place once with its firmest confidence, for short and long lists alike', () => {
    fc.assert(
      fc.property(fc.array(cite, { maxLength: 40 }), (cites) => {
        expect(uniqueCitations(cites)).toEqual(expected(cites));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the stated citation when an inferred one came first', () => {
    const inferred: Citation = { source: 'S000', locator: 'item-1', confidence: 'inferred' };
    const stated: Citation = { ...inferred, confidence: 'stated' };
    expect(uniqueCitations([inferred, stated, inferred])).toEqual([stated]);
  });
});
