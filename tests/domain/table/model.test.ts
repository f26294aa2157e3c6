import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { FULL_COLUMN_IDS } from '../../../src/domain/table/column-sets';
import {
  MANUAL_ROW_MODELS,
  tableColumns,
  tableModelFeatures,
  tableStateFor,
  visibleColumnIds,
} from '../../../src/domain/table/model';
import type { TableRow } from '../../../src/domain/table/rows';
import type { ViewState } from '../../../src/domain/view/state';
import { viewWith } from '../../support/render-with-store';

const features = { ...tableModelFeatures, coreReactivityFeature: storeReactivityBindings() };

/** The headless table the app builds: headers, visibility and sort state, never rows. */
function tableFor(changes: Partial<ViewState> = {}) {
  return constructTable({
    features,
    columns: tableColumns,
    data: [] as TableRow[],
    state: tableStateFor(viewWith(changes)),
    ...MANUAL_ROW_MODELS,
  });
}

describe('the table model', () => {
  it('starts a text column ascending and adds a second rule with Shift', () => {
    const table = tableFor();
    const column = table.getColumn('system');
    expect(column?.getFirstSortDir()).toBe('asc');
    expect(column?.getCanSort()).toBe(true);
    expect(table.options.manualSorting).toBe(true);
  });

  describe('column visibility', () => {
    const visibleIds = (changes: Partial<ViewState>) =>
      tableFor(changes)
        .getVisibleLeafColumns()
        .map((column) => column.id);

    it('shows the glance columns first: name, level, both variants and what Iran can supply', () => {
      expect(visibleIds({})).toEqual([
        'system',
        'commonality',
        'iraqiVariant',
        'iranianVariant',
        'supply',
      ]);
    });

    it('shows every column of the full table, each capability in its own, not the summary', () => {
      expect(visibleIds({ columnSet: 'full' })).toEqual([...FULL_COLUMN_IDS]);
      expect(FULL_COLUMN_IDS).toHaveLength(17);
      expect(FULL_COLUMN_IDS).not.toContain('supply');
    });

    it('hides the columns the view hides, in either set', () => {
      const shown = visibleIds({
        columnSet: 'full',
        hiddenColumns: ['iraqiOperator', 'commonality'],
      });
      expect(shown).not.toContain('iraqiOperator');
      expect(shown).not.toContain('commonality');
      expect(shown).toHaveLength(FULL_COLUMN_IDS.length - 2);
      expect(visibleIds({ hiddenColumns: ['commonality'] })).not.toContain('commonality');
    });

    it('hides the general-reference columns when only sourced facts are shown', () => {
      const shown = visibleIds({ columnSet: 'full', basis: 'sourced' });
      expect(shown).toEqual(
        FULL_COLUMN_IDS.filter((id) => !['origin', 'armament', 'ammunitionFamily'].includes(id)),
      );
      expect(visibleColumnIds(viewWith({ basis: 'sourced' }))).toEqual(shown);
    });

    it('keeps hidden columns hidden when the basis changes back', () => {
      expect(visibleIds({ basis: 'all', hiddenColumns: ['armament'] })).not.toContain('armament');
    });
  });
});

describe('tableStateFor', () => {
  it('sets no sort for the default view', () => {
    expect(tableStateFor(viewWith()).sorting).toEqual([]);
  });

  it("turns the view's sort rules into TanStack sorting state", () => {
    const state = tableStateFor(
      viewWith({
        sorting: [
          { column: 'armament', desc: true },
          { column: 'system', desc: false },
        ],
      }),
    );
    expect(state.sorting).toEqual([
      { id: 'armament', desc: true },
      { id: 'system', desc: false },
    ]);
  });
});
