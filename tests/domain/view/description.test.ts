import { facetsFor } from '../../../src/domain/table/facets';
import {
  BUILT_IN_VOCABULARY,
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_OPERATOR_IDS,
} from '../../../src/catalogue/built-in-vocabulary';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_KIND_IDS } from '../../../src/catalogue/vocabulary';
import { describeView, filterClauses, viewSlugs } from '../../../src/domain/view/description';
import { viewWith } from '../../support/render-with-store';

describe('describeView', () => {
  it('says what a grade threshold asks: both axes, or only the one an F or a 6 leaves open', () => {
    const facets = facetsFor(BUILT_IN_VOCABULARY);
    const with_ = (minGrade: 'C3' | 'F3' | 'C6') =>
      describeView(viewWith({ minGrade }), facets, 6, 6);
    expect(with_('C3')).toBe('All 6 systems · sources graded C3 or better');
    expect(with_('F3')).toBe('All 6 systems · information graded 3 or better, from any source');
    expect(with_('C6')).toBe('All 6 systems · sources graded C or better, any information');
  });

  it('says "All N systems" when nothing narrows the table', () => {
    expect(describeView(viewWith(), facetsFor(BUILT_IN_VOCABULARY), 6, 6)).toBe('All 6 systems');
  });

  it('uses the singular for a catalogue of one system', () => {
    expect(describeView(viewWith(), facetsFor(BUILT_IN_VOCABULARY), 1, 1)).toBe('All 1 system');
  });

  it('counts the shown systems and names each filter in a clause', () => {
    expect(
      describeView(
        viewWith({ platformTypes: ['mbt', 'apc'], capabilities: ['ammunition'] }),
        facetsFor(BUILT_IN_VOCABULARY),
        2,
        6,
      ),
    ).toBe('2 of 6 systems · platform type is tank or APC · ammunition reported');
  });

  it('joins three or more choices with commas and a final "or"', () => {
    expect(
      describeView(
        viewWith({ platformTypes: ['mbt', 'sph', 'rifle'] }),
        facetsFor(BUILT_IN_VOCABULARY),
        3,
        6,
      ),
    ).toBe('3 of 6 systems · platform type is tank, howitzer or rifle');
  });

  it('names operators by their labels', () => {
    expect(
      describeView(
        viewWith({ operators: ['iraqi-army', 'irgc'] }),
        facetsFor(BUILT_IN_VOCABULARY),
        5,
        6,
      ),
    ).toBe('5 of 6 systems · operator is Iraqi Army or Revolutionary Guard (IRGC)');
  });

  it('gives each required capability its own clause', () => {
    expect(
      describeView(
        viewWith({ capabilities: ['platform', 'spares'] }),
        facetsFor(BUILT_IN_VOCABULARY),
        1,
        6,
      ),
    ).toBe('1 of 6 systems · platform reported · spares or servicing reported');
  });

  it('quotes the trimmed search text', () => {
    expect(
      describeView(viewWith({ search: '  T-72S ' }), facetsFor(BUILT_IN_VOCABULARY), 1, 6),
    ).toBe('1 of 6 systems · matching “T-72S”');
  });

  it('leaves out a search of only spaces', () => {
    expect(describeView(viewWith({ search: '   ' }), facetsFor(BUILT_IN_VOCABULARY), 6, 6)).toBe(
      'All 6 systems',
    );
  });

  it('says when only sourced facts are shown, even though every system is', () => {
    expect(describeView(viewWith({ basis: 'sourced' }), facetsFor(BUILT_IN_VOCABULARY), 6, 6)).toBe(
      'All 6 systems · sourced facts only',
    );
  });

  it('puts the clauses in a fixed order: type, operator, capability, search, basis', () => {
    expect(
      describeView(
        viewWith({
          basis: 'sourced',
          search: 'army',
          capabilities: ['ammunition'],
          operators: ['iraqi-army'],
          platformTypes: ['rifle'],
        }),
        facetsFor(BUILT_IN_VOCABULARY),
        1,
        6,
      ),
    ).toBe(
      '1 of 6 systems · platform type is rifle · operator is Iraqi Army · ammunition reported · matching “army” · sourced facts only',
    );
  });

  it('has no clause when the view narrows nothing, and one clause per filter kind otherwise', () => {
    const view = fc.record({
      platformTypes: fc.subarray(BUILT_IN_PLATFORM_TYPE_IDS),
      operators: fc.subarray(BUILT_IN_OPERATOR_IDS),
      capabilities: fc.subarray(CAPABILITY_KIND_IDS),
      search: fc.constantFrom('', ' ', 'tank', ' rpg '),
      basis: fc.constantFrom('all' as const, 'sourced' as const),
    });
    fc.assert(
      fc.property(view, (changes) => {
        const expected =
          (changes.platformTypes.length > 0 ? 1 : 0) +
          (changes.operators.length > 0 ? 1 : 0) +
          changes.capabilities.length +
          (changes.search.trim() !== '' ? 1 : 0) +
          (changes.basis === 'sourced' ? 1 : 0);
        expect(filterClauses(viewWith(changes), facetsFor(BUILT_IN_VOCABULARY))).toHaveLength(
          expected,
        );
      }),
    );
  });
});

describe('viewSlugs', () => {
  it('gives no slug for the default view', () => {
    expect(viewSlugs(viewWith(), facetsFor(BUILT_IN_VOCABULARY))).toEqual([]);
  });

  it('names platform types, operators, capabilities, search and basis in that order', () => {
    expect(
      viewSlugs(
        viewWith({
          platformTypes: ['mbt', 'apc'],
          operators: ['irgc'],
          capabilities: ['ammunition'],
          search: ' t-72 ',
          basis: 'sourced',
        }),
        facetsFor(BUILT_IN_VOCABULARY),
      ),
    ).toEqual(['Tank', 'APC', 'irgc', 'ammunition', 't-72', 'sourced']);
  });

  it('leaves out a blank search', () => {
    expect(viewSlugs(viewWith({ search: '  ' }), facetsFor(BUILT_IN_VOCABULARY))).toEqual([]);
  });
});
