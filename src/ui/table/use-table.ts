import {
  functionalUpdate,
  useTable,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useDeferredValue, useMemo } from 'react';
import { isColumnId } from '../../domain/table/columns';
import {
  MANUAL_ROW_MODELS,
  pickTableModelView,
  tableColumns,
  tableModelFeatures,
  tableStateFor,
  type TableModelFeatures,
} from '../../domain/table/model';
import { pickTableQuery, queryTable, type FacetCounts } from '../../domain/table/query';
import { buildRowIndex, type RowIndex } from '../../domain/table/row-index';
import type { TableRow } from '../../domain/table/rows';
import { useActions, useApp, useViewSlice } from '../shared/store-context';

/** The table: TanStack's headers, visibility and sort state, and the rows the query shows. */
export type TableModel = {
  table: ReactTable<TableModelFeatures, TableRow>;
  /** The rows shown, in the order shown. */
  rows: readonly TableRow[];
  /** The same rows as positions in `index`. */
  order: Uint32Array;
  /** Each facet's counts, the other filters applied. */
  counts: FacetCounts;
  /** Systems in the catalogue, shown or not. */
  total: number;
  index: RowIndex;
};

const EMPTY_ROWS: TableRow[] = [];
const EMPTY_INDEX = buildRowIndex(EMPTY_ROWS);

/** The catalogue's rows, or none while it loads. */
export const useRows = (): TableRow[] =>
  useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS));

/** The catalogue's row index, or an empty one while it loads. */
export const useRowIndex = (): RowIndex =>
  useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue.index : EMPTY_INDEX));

/**
 * The table model, controlled from the store: the view is the only state it has. The query runs
 * in a deferred render, so the control the user touched answers before the rows are recounted.
 */
export function useTableModel(): TableModel {
  const index = useRowIndex();
  const query = useDeferredValue(useViewSlice(pickTableQuery));
  const result = useMemo(() => queryTable(index, query), [index, query]);
  const rows = useMemo(
    () => Array.from(result.order, (position) => index.rows[position] as TableRow),
    [index, result],
  );
  const view = useViewSlice(pickTableModelView);
  const { setSorting } = useActions();
  const state = useMemo(() => tableStateFor(view), [view]);

  const table = useTable({
    features: tableModelFeatures,
    columns: tableColumns,
    // Server-side mode: the rows come from the query, never from table-core's row models.
    data: EMPTY_ROWS,
    state,
    ...MANUAL_ROW_MODELS,
    onSortingChange: (updater) => {
      const next: SortingState = functionalUpdate(updater, state.sorting);
      setSorting(
        next.flatMap((rule) => (isColumnId(rule.id) ? [{ column: rule.id, desc: rule.desc }] : [])),
      );
    },
    // Columns are shown and hidden through the store's actions, never through the table.
    onColumnVisibilityChange: () => undefined,
  });
  // One object per answer (and per header state), so the parts that take it skip a render in
  // which only the view moved on, such as a keystroke before its deferred query has run.
  return useMemo(
    () => ({ table, rows, order: result.order, counts: result.counts, total: result.total, index }),
    // `state` is in the list because the table object itself stays the same when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, rows, result, index, state],
  );
}
