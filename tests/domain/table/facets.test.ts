import { describe, expect, it } from 'vitest';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import type { Vocabulary } from '../../../src/catalogue/schema';
import { facetMask, facetsFor } from '../../../src/domain/table/facets';

const sipri: Vocabulary = {
  platformTypes: [
    { id: 'tank', label: 'Tank' },
    { id: 'sp-gun', label: 'Self-propelled gun', short: 'SP gun' },
  ],
  operators: [
    { id: 'iraq', label: 'Iraq (branch not given)', country: 'iraq' },
    { id: 'iran', label: 'Iran (branch not given)', country: 'iran' },
  ],
};

describe('facetsFor', () => {
  it("offers the catalogue's declared types and operators, in its order and its words", () => {
    const facets = facetsFor(sipri);
    expect(facets.platformTypes.ids).toEqual(['tank', 'sp-gun']);
    expect(facets.platformTypes.label('sp-gun')).toBe('Self-propelled gun');
    expect(facets.platformTypes.clauses(['tank', 'sp-gun'])).toEqual([
      'platform type is tank or SP gun',
    ]);
    expect(facets.operators.groups.map((group) => [group.legend, group.ids])).toEqual([
      ['Iraqi operator', ['iraq']],
      ['Iranian operator', ['iran']],
    ]);
  });

  it('keeps the built-in lists for the built-in catalogue, and one table per vocabulary', () => {
    expect(facetsFor(BUILT_IN_VOCABULARY).platformTypes.ids).toEqual(
      BUILT_IN_VOCABULARY.platformTypes.map((entry) => entry.id),
    );
    expect(facetsFor(sipri)).toBe(facetsFor(sipri));
    expect(facetMask(facetsFor(sipri).platformTypes, ['sp-gun'])).toBe(0b10);
  });
});
