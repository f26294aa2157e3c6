import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collatorRanks } from '../../../src/domain/sources/collator-rank';

const numeric = new Intl.Collator('en', { numeric: true });
// Locator- and id-like words, with numbers the numeric collation orders by value, and case and
// leading-zero variants it may find equal.
const word = fc.oneof(
  fc
    .constantFrom('para', 'item', 'Para', 'table', 'S', 's')
    .chain((stem) => fc.nat({ max: 120 }).map((n) => `${stem} ${n}`)),
  fc.constantFrom('S000', 'S00', 'S0', 'S01', 'S1', 'S010', 'S10', 'p 1', 'p 01', 'p-1'),
  fc.string({ maxLength: 4 }),
);

describe('collatorRanks', () => {
  it('sorts, by rank, every list exactly as a stable sort by the collator does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }), { maxLength: 20 }), (lists) => {
        const rankOf = collatorRanks(numeric.compare);
        for (const list of lists) {
          const ranked = list.map(rankOf);
          const byRank = [...ranked].sort((a, b) => a.rank - b.rank).map((entry) => entry.text);
          expect(byRank).toEqual([...list].sort(numeric.compare));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives strings the collator finds equal the same rank', () => {
    const rankOf = collatorRanks(numeric.compare);
    const [one, zeroOne, two] = ['S1', 'S01', 'S2'].map(rankOf);
    expect(numeric.compare('S1', 'S01')).toBe(0);
    expect(one?.rank).toBe(zeroOne?.rank);
    expect(two?.rank).toBeGreaterThan(one?.rank ?? Infinity);
  });

  it('renumbers ranks already given when a string arrives that sorts before them', () => {
    const rankOf = collatorRanks(numeric.compare);
    const ten = rankOf('para 10');
    const two = rankOf('para 2');
    expect(two.rank).toBeLessThan(ten.rank);
    expect(rankOf('para 10')).toBe(ten);
  });
});
