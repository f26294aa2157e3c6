import { constructTable, tableFeatures } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS } from '../../../src/domain/table/columns';
import { deriveRows, type TableRow } from '../../../src/domain/table/rows';
import {
  bySearch,
  canGlobalFilter,
  tableColumns,
  tableModelFeatures,
  FILTER_COLUMN_IDS,
  tableStateFor,
  visibleColumnIds,
} from '../../../src/domain/table/model';
import { COLUMN_IDS } from '../../../src/domain/table/columns';
import type { ViewState } from '../../../src/domain/view/state';
import { loadShippedCatalogue, viewWith } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);
const features = tableFeatures({
  ...tableModelFeatures,
  coreReactivityFeature: storeReactivityBindings(),
});

/** The headless table the app builds, with the view's state: no React involved. */
function tableFor(changes: Partial<ViewState> = {}) {
  const view = viewWith(changes);
  return constructTable({
    features,
    columns: tableColumns,
    data: rows,
    getRowId: (row: TableRow) => row.id,
    state: tableStateFor(view),
    globalFilterFn: bySearch,
    getColumnCanGlobalFilter: canGlobalFilter,
    enableMultiSort: true,
  });
}

const shownIds = (changes: Partial<ViewState> = {}) =>
  tableFor(changes)
    .getRowModel()
    .rows.map((row) => row.id);

const facetCounts = (columnId: string, changes: Partial<ViewState> = {}) =>
  Object.fromEntries(tableFor(changes).getColumn(columnId)?.getFacetedUniqueValues() ?? []);

const ALL_IDS = ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm'];

describe('the comparison table model', () => {
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
      expect(facetCounts('platformType')).toEqual({
        mbt: 1,
        sph: 1,
        apc: 1,
        helicopter: 1,
        rpg: 1,
        rifle: 1,
      });
    });

    it('counts the systems of each operator, each system once', () => {
      expect(facetCounts(FILTER_COLUMN_IDS.operators)).toEqual({
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
      expect(facetCounts(FILTER_COLUMN_IDS.capabilities)).toEqual({
        platform: 1,
        'own-variant': 2,
        ammunition: 6,
        spares: 3,
        'adapted-weapons': 2,
        'service-experience': 1,
      });
    });

    it('keeps counting every platform type while platform types are chosen', () => {
      expect(facetCounts('platformType', { platformTypes: ['mbt'] })).toEqual(
        facetCounts('platformType'),
      );
    });

    it('counts platform types among the systems the other filters keep', () => {
      expect(facetCounts('platformType', { operators: ['iraqi-army'] })).toEqual({
        mbt: 1,
        sph: 1,
        apc: 1,
        rifle: 1,
      });
      expect(
        facetCounts('platformType', { platformTypes: ['mbt'], capabilities: ['own-variant'] }),
      ).toEqual({ rpg: 1, rifle: 1 });
    });

    it('counts operators among the systems of the chosen platform types', () => {
      expect(facetCounts(FILTER_COLUMN_IDS.operators, { platformTypes: ['mbt', 'sph'] })).toEqual({
        'iraqi-army': 2,
        'iranian-armed-forces': 2,
      });
    });

    it('counts among the systems the search keeps', () => {
      expect(facetCounts(FILTER_COLUMN_IDS.capabilities, { search: 'irgc' })).toEqual({
        ammunition: 2,
        'adapted-weapons': 1,
        'service-experience': 1,
        'own-variant': 1,
      });
    });
  });

  describe('column visibility', () => {
    const visibleIds = (changes: Partial<ViewState>) =>
      tableFor(changes)
        .getVisibleLeafColumns()
        .map((column) => column.id);

    it('shows every view column and never the filter-only columns', () => {
      expect(visibleIds({})).toEqual([...COLUMN_IDS]);
    });

    it('hides the columns the view hides', () => {
      const shown = visibleIds({ hiddenColumns: ['iraqiOperator', 'commonality'] });
      expect(shown).not.toContain('iraqiOperator');
      expect(shown).not.toContain('commonality');
      expect(shown).toHaveLength(COLUMN_IDS.length - 2);
    });

    it('hides the general-reference columns when only sourced facts are shown', () => {
      const shown = visibleIds({ basis: 'sourced' });
      expect(shown).toEqual(
        COLUMN_IDS.filter((id) => !['origin', 'armament', 'ammunitionFamily'].includes(id)),
      );
      expect(visibleColumnIds(viewWith({ basis: 'sourced' }))).toEqual(shown);
    });

    it('keeps hidden columns hidden when the basis changes back', () => {
      expect(visibleIds({ basis: 'all', hiddenColumns: ['armament'] })).not.toContain('armament');
    });
  });
});

describe('tableStateFor', () => {
  it('sets no filter and no sort for the default view', () => {
    const state = tableStateFor(viewWith());
    expect(state.columnFilters).toEqual([]);
    expect(state.sorting).toEqual([]);
    expect(state.globalFilter).toBe('');
  });

  it('turns the view into filters on the platform type and filter-only columns', () => {
    const state = tableStateFor(
      viewWith({
        platformTypes: ['rpg'],
        operators: ['irgc'],
        capabilities: ['spares'],
        search: 'akm',
        sorting: [{ column: 'armament', desc: true }],
      }),
    );
    expect(state.columnFilters).toEqual([
      { id: 'platformType', value: ['rpg'] },
      { id: FILTER_COLUMN_IDS.operators, value: ['irgc'] },
      { id: FILTER_COLUMN_IDS.capabilities, value: ['spares'] },
    ]);
    expect(state.globalFilter).toBe('akm');
    expect(state.sorting).toEqual([{ id: 'armament', desc: true }]);
  });
});
