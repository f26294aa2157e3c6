import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/catalogue/schema';
import type { Source } from '../../../src/catalogue/register-schema';
import {
  citationsText,
  citationsWriter,
  sourceShortName,
} from '../../../src/domain/sources/citation-text';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { sources } = loadShippedCatalogue();
const register = new Map(sources.map((source) => [source.id, source]));

// The plain definition, as citationsText was written before the writer cached anything: the
// oracle the writer must match, row after row.
const numeric = new Intl.Collator('en', { numeric: true });
function plainCitationsText(
  cites: readonly Citation[],
  index: ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>>,
): string {
  const places = new Map<string, Set<string>>();
  for (const cite of cites) {
    const list = places.get(cite.source) ?? new Set<string>();
    list.add(cite.locator.replace(/-/gu, ' '));
    places.set(cite.source, list);
  }
  return [...places.keys()]
    .sort(numeric.compare)
    .map((id) => {
      const source = index.get(id);
      const locators = [...(places.get(id) ?? [])].sort(numeric.compare).join(', ');
      return `${id}${source ? ` (${sourceShortName(source)})` : ''} ${locators}`;
    })
    .join('; ');
}

// Registered and unregistered ids, zero-padded variants the collator finds equal to others, and
// locators that read the same once their hyphens are spaces.
const cite: fc.Arbitrary<Citation> = fc.record({
  source: fc.constantFrom('S000', 'S001', 'S002', 'S003', 'S004', 'S010', 'S9', 'S09', 'S100'),
  locator: fc.oneof(
    fc
      .tuple(fc.constantFrom('para', 'item', 'table'), fc.nat({ max: 30 }))
      .map(([stem, n]) => `${stem}-${n}`),
    fc.constantFrom('item-1', 'item 1', 'para-1-2', 'para-1 2', 'fig-02', 'fig-2'),
  ),
  confidence: fc.constantFrom('stated', 'inferred'),
});

describe('citationsWriter', () => {
  it('writes every list of citations as the plain definition does, however many it has seen', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cite, { maxLength: 14 }), { maxLength: 25 }), (lists) => {
        const write = citationsWriter(register);
        for (const list of lists) expect(write(list)).toBe(plainCitationsText(list, register));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with citationsText, which is one writer used once', () => {
    const list: Citation[] = [
      { source: 'S002', locator: 'para-17', confidence: 'stated' },
      { source: 'S000', locator: 'item-1', confidence: 'stated' },
    ];
    const write = citationsWriter(register);
    expect(write(list)).toBe(citationsText(list, register));
    expect(write([])).toBe('');
    expect(write(list)).toBe(citationsText(list, register));
  });
});
