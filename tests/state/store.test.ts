import {
  BUILT_IN_VOCABULARY,
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_OPERATOR_IDS,
} from '../../src/catalogue/built-in-vocabulary';
import fc from 'fast-check';
import { buildRowIndex } from '../../src/domain/table/row-index';
import { deriveRows } from '../../src/domain/table/rows';
import { createCatalogueClient } from '../../src/state/catalogue-service/client';
import { catalogueSummary } from '../../src/state/catalogue-service/summary';
import { inPageTransport } from '../../src/state/catalogue-service/transport';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_KIND_IDS } from '../../src/catalogue/vocabulary';
import { COMPARISON_LIMIT, DEFAULT_VIEW, SEARCH_MAX_LENGTH } from '../../src/domain/view/state';
import { createViewStore, IMPORT_REPORT_NOTICE } from '../../src/state/store';
import { loadShippedCatalogue, viewWith } from '../support/render-with-store';

const storeWith = (changes: Parameters<typeof viewWith>[0] = {}) =>
  createViewStore(viewWith(changes));

describe('the view store', () => {
  describe('before and after the catalogue loads', () => {
    it('starts loading, with the default view and no history to record', () => {
      const state = createViewStore().getState();
      expect(state.catalogue.status).toBe('loading');
      expect(state.view).toEqual(DEFAULT_VIEW);
      expect(state.historyMode).toBe('none');
      expect(state.notices).toEqual([]);
    });

    it('takes the catalogue and the linked view in one update, recorded in no history entry', () => {
      const store = createViewStore();
      const updates: string[] = [];
      store.subscribe((state) => updates.push(state.catalogue.status));
      const view = viewWith({ platformTypes: ['rifle'] });
      store.getState().actions.catalogueLoaded(loadShippedCatalogue(), view);
      const state = store.getState();
      expect(updates).toEqual(['ready']);
      expect(state.view).toEqual(view);
      expect(state.historyMode).toBe('none');
      expect(state.catalogue.status === 'ready' && state.catalogue.systemCount).toBe(6);
    });

    it('asks the service for a changed view in the action itself, once, before anything draws', () => {
      const store = createViewStore();
      store.getState().actions.catalogueLoaded(loadShippedCatalogue());
      const { service, actions } = store.getState();
      const asked: { search: string; answer: Promise<unknown> }[] = [];
      const query = service.query.bind(service);
      service.query = (tableQuery, trust, first) => {
        const answer = query(tableQuery, trust, first);
        asked.push({ search: tableQuery.search, answer });
        return answer;
      };
      actions.setSearch('akm');
      expect(asked.map((entry) => entry.search)).toEqual(['akm']);
      // A change the table does not show is given the answer already asked for.
      actions.toggleColumn('origin');
      expect(asked).toHaveLength(2);
      expect(asked[1]?.answer).toBe(asked[0]?.answer);
    });

    it('keeps the current view when the catalogue arrives without one', () => {
      const store = storeWith({ search: 'akm' });
      store.getState().actions.catalogueLoaded(loadShippedCatalogue());
      expect(store.getState().view.search).toBe('akm');
    });

    it("drops an opened file's import report on going back to the built-in catalogue, and keeps other notices", () => {
      const store = createViewStore();
      const { actions } = store.getState();
      actions.catalogueLoaded(loadShippedCatalogue());
      const built = loadShippedCatalogue();
      const summary = catalogueSummary(
        built,
        buildRowIndex(deriveRows(built.catalogue), BUILT_IN_VOCABULARY),
        {
          identity: { id: 'abc123', title: 'Opened', fileName: 'opened.csv' },
        },
      );
      const service = createCatalogueClient(inPageTransport());
      void service.load(built);
      actions.catalogueOpened(summary, service, store.getState().view, 'push');
      actions.addNotice({
        id: IMPORT_REPORT_NOTICE,
        tone: 'info',
        title: '28 records read',
        details: [],
      });
      actions.addNotice({ id: 'other', tone: 'warning', title: 'Something else', details: [] });
      actions.showBuiltIn();
      expect(store.getState().notices.map((notice) => notice.id)).toEqual(['other']);
    });

    it('keeps the problems when the catalogue fails', () => {
      const store = createViewStore();
      const problems = [{ file: 'data/catalogue.json', path: 'systems', message: 'broken' }];
      store.getState().actions.catalogueFailed(problems);
      expect(store.getState().catalogue).toEqual({ status: 'failed', problems });
    });
  });

  describe('filter toggles', () => {
    it('keeps chosen platform types in the vocabulary order, whatever the click order', () => {
      const store = createViewStore();
      const { toggleFacet } = store.getState().actions;
      toggleFacet('platformTypes', 'rifle');
      toggleFacet('platformTypes', 'mbt');
      toggleFacet('platformTypes', 'apc');
      expect(store.getState().view.platformTypes).toEqual(['mbt', 'apc', 'rifle']);
      toggleFacet('platformTypes', 'mbt');
      expect(store.getState().view.platformTypes).toEqual(['apc', 'rifle']);
    });

    it('gives the same list for any click order (so equal views make equal links)', () => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...BUILT_IN_OPERATOR_IDS]),
          fc.shuffledSubarray([...CAPABILITY_KIND_IDS]),
          fc.shuffledSubarray([...BUILT_IN_PLATFORM_TYPE_IDS]),
          (operators, capabilities, types) => {
            const store = createViewStore();
            const { actions } = store.getState();
            operators.forEach((id) => actions.toggleFacet('operators', id));
            capabilities.forEach((id) => actions.toggleFacet('capabilities', id));
            types.forEach((id) => actions.toggleFacet('platformTypes', id));
            const { view } = store.getState();
            expect(view.operators).toEqual(
              BUILT_IN_OPERATOR_IDS.filter((id) => operators.includes(id)),
            );
            expect(view.capabilities).toEqual(
              CAPABILITY_KIND_IDS.filter((id) => capabilities.includes(id)),
            );
            expect(view.platformTypes).toEqual(
              BUILT_IN_PLATFORM_TYPE_IDS.filter((id) => types.includes(id)),
            );
          },
        ),
      );
    });

    it('undoes a toggle when the same option is toggled again', () => {
      const store = storeWith({ operators: ['irgc'], capabilities: ['spares'] });
      const { toggleFacet } = store.getState().actions;
      toggleFacet('operators', 'iraqi-army');
      toggleFacet('operators', 'iraqi-army');
      toggleFacet('capabilities', 'platform');
      toggleFacet('capabilities', 'platform');
      expect(store.getState().view.operators).toEqual(['irgc']);
      expect(store.getState().view.capabilities).toEqual(['spares']);
    });

    it('keeps hidden columns in the table order', () => {
      const store = createViewStore();
      const { toggleColumn, showAllColumns } = store.getState().actions;
      toggleColumn('origin');
      toggleColumn('iraqiVariant');
      expect(store.getState().view.hiddenColumns).toEqual(['iraqiVariant', 'origin']);
      toggleColumn('iraqiVariant');
      expect(store.getState().view.hiddenColumns).toEqual(['origin']);
      showAllColumns();
      expect(store.getState().view.hiddenColumns).toEqual([]);
    });
  });

  describe('history modes', () => {
    it('records typing in search in place, to be replaced rather than pushed', () => {
      const store = createViewStore();
      store.getState().actions.setSearch('t-72');
      expect(store.getState().view.search).toBe('t-72');
      expect(store.getState().historyMode).toBe('replace');
    });

    it('records every discrete change as a new history entry', () => {
      const store = createViewStore();
      const { actions } = store.getState();
      const changes: [string, () => void][] = [
        ['toggleFacet platformTypes', () => actions.toggleFacet('platformTypes', 'mbt')],
        ['toggleFacet operators', () => actions.toggleFacet('operators', 'irgc')],
        ['toggleFacet capabilities', () => actions.toggleFacet('capabilities', 'spares')],
        ['setBasis', () => actions.setBasis('sourced')],
        ['setSorting', () => actions.setSorting([{ column: 'system', desc: true }])],
        ['toggleColumn', () => actions.toggleColumn('armament')],
        ['showAllColumns', () => actions.showAllColumns()],
        ['clearFilters', () => actions.clearFilters()],
        ['openDetail', () => actions.openDetail('t-72')],
        ['closeDetail', () => actions.closeDetail()],
        ['setShowMentioned', () => actions.setShowMentioned(true)],
        ['toggleComparisonItem', () => void actions.toggleComparisonItem('t-72')],
        ['setComparisonMode', () => actions.setComparisonMode('differences')],
      ];
      for (const [name, change] of changes) {
        actions.setSearch('x');
        change();
        expect({ name, mode: store.getState().historyMode }).toEqual({ name, mode: 'push' });
      }
    });

    it('restores a view without a history entry unless told otherwise', () => {
      const store = createViewStore();
      const view = viewWith({ operators: ['irgc'] });
      store.getState().actions.restoreView(view);
      expect(store.getState().view).toBe(view);
      expect(store.getState().historyMode).toBe('none');
      store.getState().actions.restoreView(DEFAULT_VIEW, 'push');
      expect(store.getState().historyMode).toBe('push');
    });
  });

  describe('search', () => {
    it(`cuts search text at ${SEARCH_MAX_LENGTH} characters`, () => {
      const store = createViewStore();
      store.getState().actions.setSearch('a'.repeat(SEARCH_MAX_LENGTH + 20));
      expect(store.getState().view.search).toHaveLength(SEARCH_MAX_LENGTH);
    });
  });

  describe('clearFilters', () => {
    it('clears every filter, the search and the basis, and keeps sort, columns and detail', () => {
      const store = storeWith({
        platformTypes: ['mbt'],
        operators: ['irgc'],
        capabilities: ['spares'],
        search: 'tank',
        basis: 'sourced',
        sorting: [{ column: 'system', desc: true }],
        hiddenColumns: ['armament'],
        detail: 't-72',
        comparison: ['t-72', 'akm'],
      });
      store.getState().actions.clearFilters();
      const { view } = store.getState();
      expect(view).toMatchObject({
        platformTypes: [],
        operators: [],
        capabilities: [],
        search: '',
        basis: 'all',
        sorting: [{ column: 'system', desc: true }],
        hiddenColumns: ['armament'],
        detail: 't-72',
        comparison: ['t-72', 'akm'],
      });
    });
  });

  describe('detail and comparison', () => {
    it('closes the comparison when a detail opens, and the detail when the comparison opens', () => {
      const store = storeWith({ comparison: ['t-72', 'akm'], comparisonOpen: true });
      const { actions } = store.getState();
      actions.openDetail('m113');
      expect(store.getState().view).toMatchObject({ detail: 'm113', comparisonOpen: false });
      actions.setComparisonOpen(true);
      expect(store.getState().view).toMatchObject({ detail: null, comparisonOpen: true });
      actions.setComparisonOpen(false);
      expect(store.getState().view).toMatchObject({ detail: null, comparisonOpen: false });
    });

    it(`adds compare items up to ${COMPARISON_LIMIT} and refuses one more`, () => {
      const store = createViewStore();
      const { toggleComparisonItem } = store.getState().actions;
      const ids = ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7'];
      for (const id of ids) expect(toggleComparisonItem(id)).toBe(true);
      expect(toggleComparisonItem('akm')).toBe(false);
      expect(store.getState().view.comparison).toEqual(ids);
    });

    it('still lets a full tray drop an item', () => {
      const store = storeWith({ comparison: ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7'] });
      expect(store.getState().actions.toggleComparisonItem('m109')).toBe(true);
      expect(store.getState().view.comparison).toEqual(['t-72', 'm113', 'mi-17', 'rpg-7']);
    });

    it('forgets the baseline when the baseline item is removed', () => {
      const store = storeWith({ comparison: ['t-72', 'm109', 'akm'], baseline: 'm109' });
      store.getState().actions.removeComparisonItem('m109');
      expect(store.getState().view).toMatchObject({ comparison: ['t-72', 'akm'], baseline: null });
    });

    it('forgets the baseline when the baseline item is toggled off', () => {
      const store = storeWith({ comparison: ['t-72', 'm109'], baseline: 't-72' });
      store.getState().actions.toggleComparisonItem('t-72');
      expect(store.getState().view.baseline).toBeNull();
    });

    it('keeps the baseline when another item is removed', () => {
      const store = storeWith({ comparison: ['t-72', 'm109', 'akm'], baseline: 'm109' });
      store.getState().actions.removeComparisonItem('akm');
      expect(store.getState().view.baseline).toBe('m109');
    });

    it('closes the comparison when fewer than two items are left', () => {
      const store = storeWith({ comparison: ['t-72', 'm109', 'akm'], comparisonOpen: true });
      const { removeComparisonItem } = store.getState().actions;
      removeComparisonItem('akm');
      expect(store.getState().view.comparisonOpen).toBe(true);
      removeComparisonItem('t-72');
      expect(store.getState().view.comparisonOpen).toBe(false);
    });

    it('moves a compare item one place either way, and not past either end', () => {
      const store = storeWith({ comparison: ['a', 'b', 'c'] });
      const { moveComparisonItem } = store.getState().actions;
      moveComparisonItem('c', -1);
      expect(store.getState().view.comparison).toEqual(['a', 'c', 'b']);
      moveComparisonItem('a', 1);
      expect(store.getState().view.comparison).toEqual(['c', 'a', 'b']);
      moveComparisonItem('c', -1);
      moveComparisonItem('b', 1);
      moveComparisonItem('missing', 1);
      expect(store.getState().view.comparison).toEqual(['c', 'a', 'b']);
    });

    it('empties the tray and resets the comparison settings on clear', () => {
      const store = storeWith({
        comparison: ['t-72', 'akm'],
        comparisonOpen: true,
        comparisonMode: 'differences',
        baseline: 'akm',
      });
      store.getState().actions.clearComparison();
      expect(store.getState().view).toMatchObject({
        comparison: [],
        comparisonOpen: false,
        comparisonMode: 'all',
        baseline: null,
      });
    });
  });

  describe('notices', () => {
    it('replaces a notice with the same id and dismisses by id', () => {
      const store = createViewStore();
      const { addNotice, dismissNotice } = store.getState().actions;
      addNotice({ id: 'a', tone: 'info', title: 'First', details: [] });
      addNotice({ id: 'b', tone: 'warning', title: 'Second', details: [] });
      addNotice({ id: 'a', tone: 'info', title: 'First again', details: ['x'] });
      expect(store.getState().notices.map((notice) => notice.title)).toEqual([
        'Second',
        'First again',
      ]);
      dismissNotice('b');
      expect(store.getState().notices.map((notice) => notice.id)).toEqual(['a']);
    });

    it('does not touch the view or history mode', () => {
      const store = createViewStore();
      const before = store.getState();
      store.getState().actions.addNotice({ id: 'a', tone: 'info', title: 'Hi', details: [] });
      expect(store.getState().view).toBe(before.view);
      expect(store.getState().historyMode).toBe(before.historyMode);
    });
  });
});
