import { facetsFor } from '../../../src/domain/table/facets';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS } from '../../../src/domain/table/columns';
import type { FacetField } from '../../../src/domain/table/facets';
import {
  countsById,
  pickTableQuery,
  queryTable,
  searchTerms,
} from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows } from '../../../src/domain/table/rows';
import type { ViewState } from '../../../src/domain/view/state';
import { loadShippedCatalogue, viewWith } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);
const index = buildRowIndex(rows, BUILT_IN_VOCABULARY);

const answer = (changes: Partial<ViewState> = {}) =>
  queryTable(index, pickTableQuery(viewWith(changes)));

const shownIds = (changes: Partial<ViewState> = {}): string[] =>
  [...answer(changes).order].map((position) => rows[position]?.id ?? '');

/** A facet's non-zero counts, as an object. */
const facetCounts = (field: FacetField, changes: Partial<ViewState> = {}) =>
  Object.fromEntries(
    [...countsById(facetsFor(BUILT_IN_VOCABULARY), answer(changes).counts, field)].filter(
      ([, count]) => count > 0,
    ),
  );

const ALL_IDS = ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm'];

describe('queryTable', () => {
  it('shows every system, in catalogue order, for the default view', () => {
    expect(shownIds()).toEqual(ALL_IDS);
  });

  describe('filtering', () => {
    it('keeps only the chosen platform types', () => {
      expect(shownIds({ platformTypes: ['mbt', 'apc'] })).toEqual(['t-72', 'm113']);
    });

    it('keeps systems run by any chosen operator', () => {
      expect(shownIds({ operators: ['iraqi-army'] })).toEqual(['t-72', 'm109', 'm113', 'akm']);
      expect(shownIds({ operators: ['irgc', 'irgc-af'] })).toEqual(['mi-17', 'akm']);
    });

    it('keeps systems reporting every chosen capability', () => {
      expect(shownIds({ capabilities: ['adapted-weapons'] })).toEqual(['m113', 'mi-17']);
      expect(shownIds({ capabilities: ['adapted-weapons', 'spares'] })).toEqual(['m113']);
    });

    it('keeps systems matching every search word', () => {
      expect(shownIds({ search: 'RPG' })).toEqual(['rpg-7']);
      expect(shownIds({ search: 'artesh' })).toEqual(['m113', 'rpg-7']);
      expect(shownIds({ search: 'Artesh RPG' })).toEqual(['rpg-7']);
      expect(shownIds({ search: 'nothing like this' })).toEqual([]);
    });

    it('combines filters of different kinds with "and"', () => {
      expect(
        shownIds({ platformTypes: ['mbt', 'sph', 'apc'], operators: ['iranian-army'] }),
      ).toEqual(['m113']);
      expect(shownIds({ operators: ['iraqi-army'], capabilities: ['own-variant'] })).toEqual([
        'akm',
      ]);
    });
  });

  describe('sorting', () => {
    it('sorts a text column by its words, ascending then descending', () => {
      expect(shownIds({ sorting: [{ column: 'system', desc: false }] })).toEqual([
        'akm',
        'm109',
        'm113',
        'mi-17',
        'rpg-7',
        't-72',
      ]);
      expect(shownIds({ sorting: [{ column: 'system', desc: true }] })).toEqual([
        't-72',
        'rpg-7',
        'mi-17',
        'm113',
        'm109',
        'akm',
      ]);
    });

    it('sorts the commonality column by level rank, not alphabetically', () => {
      const rank = (id: string) => {
        const row = rows.find((entry) => entry.id === id);
        if (!row) throw new Error(id);
        return COLUMN_SPECS.commonality.sortValue?.(row) ?? Number.NaN;
      };
      const ascending = shownIds({ sorting: [{ column: 'commonality', desc: false }] });
      const descending = shownIds({ sorting: [{ column: 'commonality', desc: true }] });
      expect(ascending.map(rank)).toEqual([...ascending.map(rank)].sort((a, b) => a - b));
      expect(descending.map(rank)).toEqual([...descending.map(rank)].sort((a, b) => b - a));
      expect(rank(descending[0] ?? '')).toBeGreaterThan(rank(ascending[0] ?? ''));
    });

    it('sorts a capability column with reported systems first', () => {
      const sorted = shownIds({ sorting: [{ column: 'cap-platform', desc: false }] });
      expect(sorted[0]).toBe('t-72');
      const reversed = shownIds({ sorting: [{ column: 'cap-platform', desc: true }] });
      expect(reversed.at(-1)).toBe('t-72');
    });

    it('breaks ties by a second sort rule', () => {
      expect(
        shownIds({
          sorting: [
            { column: 'cap-spares', desc: false },
            { column: 'system', desc: true },
          ],
        }),
      ).toEqual(['t-72', 'm113', 'm109', 'rpg-7', 'mi-17', 'akm']);
    });

    it('sorts only the rows the filters keep', () => {
      expect(
        shownIds({
          platformTypes: ['mbt', 'apc', 'rifle'],
          sorting: [{ column: 'system', desc: false }],
        }),
      ).toEqual(['akm', 'm113', 't-72']);
    });
  });

  describe('facet counts', () => {
    it('counts the systems of each platform type', () => {
      expect(facetCounts('platformTypes')).toEqual({
        mbt: 1,
        sph: 1,
        apc: 1,
        helicopter: 1,
        rpg: 1,
        rifle: 1,
      });
    });

    it('counts the systems of each operator, each system once', () => {
      expect(facetCounts('operators')).toEqual({
        'iraqi-army': 4,
        'iraqi-air-force': 1,
        'iraqi-federal-police': 1,
        'iranian-armed-forces': 2,
        'iranian-army': 2,
        irgc: 1,
        'irgc-af': 1,
      });
    });

    it('counts the systems reporting each capability', () => {
      expect(facetCounts('capabilities')).toEqual({
        platform: 1,
        'own-variant': 2,
        ammunition: 6,
        spares: 3,
        'adapted-weapons': 2,
        'service-experience': 1,
      });
    });

    it('keeps counting every platform type while platform types are chosen', () => {
      expect(facetCounts('platformTypes', { platformTypes: ['mbt'] })).toEqual(
        facetCounts('platformTypes'),
      );
    });

    it('counts platform types among the systems the other filters keep', () => {
      expect(facetCounts('platformTypes', { operators: ['iraqi-army'] })).toEqual({
        mbt: 1,
        sph: 1,
        apc: 1,
        rifle: 1,
      });
      expect(
        facetCounts('platformTypes', { platformTypes: ['mbt'], capabilities: ['own-variant'] }),
      ).toEqual({ rpg: 1, rifle: 1 });
    });

    it('counts operators among the systems of the chosen platform types', () => {
      expect(facetCounts('operators', { platformTypes: ['mbt', 'sph'] })).toEqual({
        'iraqi-army': 2,
        'iranian-armed-forces': 2,
      });
    });

    it('counts among the systems the search keeps', () => {
      expect(facetCounts('capabilities', { search: 'irgc' })).toEqual({
        ammunition: 2,
        'adapted-weapons': 1,
        'service-experience': 1,
        'own-variant': 1,
      });
    });
  });

  describe('laws', () => {
    const word = fc.constantFrom('t', 'army', 'irgc', '72', 'iran', 'm', 'rpg', 'x', 'air');
    it('never shows more rows when a search word is added', () => {
      fc.assert(
        fc.property(fc.array(word), word, (words, extra) => {
          const before = shownIds({ search: words.join(' ') });
          const after = shownIds({ search: [...words, extra].join(' ') });
          expect(before).toEqual(expect.arrayContaining(after));
        }),
      );
    });

    it('never shows fewer rows when an operator is added, nor more when a capability is', () => {
      const operators = fc.subarray(['iraqi-army', 'irgc', 'iranian-army', 'irgc-af'] as const);
      const kinds = fc.subarray(['ammunition', 'spares', 'own-variant', 'platform'] as const);
      fc.assert(
        fc.property(operators, kinds, (chosen, required) => {
          const some = shownIds({ operators: chosen.slice(0, -1) });
          const more = shownIds({ operators: chosen });
          if (chosen.length > 1) expect(more).toEqual(expect.arrayContaining(some));
          const fewer = shownIds({ capabilities: required });
          const all = shownIds({ capabilities: required.slice(0, -1) });
          expect(all).toEqual(expect.arrayContaining(fewer));
        }),
      );
    });
  });
});

describe('searchTerms', () => {
  it('splits on any white space and lower-cases', () => {
    expect(searchTerms('  T-72S \t IRGC\n')).toEqual(['t-72s', 'irgc']);
  });

  it('gives no terms for empty or blank text', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });
});
