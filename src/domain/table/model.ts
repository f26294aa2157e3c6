// The table's headless model: features, column definitions and the mapping from the view to
// TanStack Table state. The table runs in TanStack's server-side mode: it owns headers, column
// meta, visibility and the sort state, while the query engine (query.ts) filters, sorts and
// counts facets, so table-core never walks the rows.
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnVisibilityState,
  type SortingState,
} from '@tanstack/table-core';
import {
  COLUMN_IDS,
  COLUMN_SPECS,
  isReferenceColumn,
  type ColumnId,
  type ColumnSpec,
} from './columns';
import { FULL_COLUMN_IDS, GLANCE_COLUMN_IDS } from './column-sets';
import type { TableRow } from './rows';
import type { ColumnSet, ViewState } from '../view/state';

type TableColumnMeta = { spec: ColumnSpec };

export const tableModelFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: {} as TableColumnMeta,
});
export type TableModelFeatures = typeof tableModelFeatures;

/**
 * The table-core options of server-side mode: the sorted row model is the query engine's. (No
 * filtering or faceting feature is registered at all, so table-core has none to run.)
 */
export const MANUAL_ROW_MODELS = {
  manualSorting: true,
  // With no rows to look at, table-core would start every sort descending; text sorts A→Z first.
  sortDescFirst: false,
  enableMultiSort: true,
} as const;

const helper = createColumnHelper<TableModelFeatures, TableRow>();

export const tableColumns = helper.columns(
  COLUMN_IDS.map((id) => {
    const spec = COLUMN_SPECS[id];
    return helper.accessor((row) => spec.text(row), {
      id,
      header: spec.header,
      meta: { spec },
      enableHiding: spec.hideable,
    });
  }),
);

/** The parts of the view the table model reads; a component re-renders only when one changes. */
type TableModelView = Pick<ViewState, 'basis' | 'sorting' | 'hiddenColumns' | 'columnSet'>;
export const pickTableModelView = ({
  basis,
  sorting,
  hiddenColumns,
  columnSet,
}: ViewState): TableModelView => ({ basis, sorting, hiddenColumns, columnSet });

/** The table state a view implies; the store owns the view, the table only reads it. */
export function tableStateFor(view: TableModelView): {
  sorting: SortingState;
  columnVisibility: ColumnVisibilityState;
} {
  const visible = new Set<string>(tableColumnIds(view));
  const columnVisibility: ColumnVisibilityState = {};
  for (const id of COLUMN_IDS) columnVisibility[id] = visible.has(id);
  return {
    sorting: view.sorting.map(({ column, desc }) => ({ id: column, desc })),
    columnVisibility,
  };
}

/** The columns of a column set. */
export const columnSetIds = (columnSet: ColumnSet): readonly ColumnId[] =>
  columnSet === 'glance' ? GLANCE_COLUMN_IDS : FULL_COLUMN_IDS;

/**
 * The full table's columns the view shows, in table order: what the comparison reads, whichever
 * set the table shows.
 */
export function visibleColumnIds(view: Pick<ViewState, 'hiddenColumns' | 'basis'>): ColumnId[] {
  return shownOf(FULL_COLUMN_IDS, view);
}

/** The columns the table shows: its column set's, less the hidden ones. */
export const tableColumnIds = (
  view: Pick<ViewState, 'hiddenColumns' | 'basis' | 'columnSet'>,
): ColumnId[] => shownOf(columnSetIds(view.columnSet), view);

function shownOf(
  set: readonly ColumnId[],
  view: Pick<ViewState, 'hiddenColumns' | 'basis'>,
): ColumnId[] {
  return COLUMN_IDS.filter(
    (id) =>
      set.includes(id) &&
      !view.hiddenColumns.includes(id) &&
      !(view.basis === 'sourced' && isReferenceColumn(id)),
  );
}
