import {
  functionalUpdate,
  useTable,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { isColumnId } from '../../domain/table/columns';
import {
  bySearch,
  canGlobalFilter,
  pickTableView,
  tableColumns,
  tableModelFeatures,
  tableStateFor,
  type TableModelFeatures,
} from '../../domain/table/model';
import type { TableRow } from '../../domain/table/rows';
import { useActions, useApp, useViewSlice } from '../shared/store-context';

export type TableModel = ReactTable<TableModelFeatures, TableRow>;

const EMPTY_ROWS: TableRow[] = [];

/** The catalogue's rows, or none while it loads. */
export const useRows = (): TableRow[] =>
  useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS));

/** The table model, controlled from the store: the view is the only state it has. */
export function useTableModel(): TableModel {
  const rows = useRows();
  const view = useViewSlice(pickTableView);
  const { setSorting } = useActions();
  const state = useMemo(() => tableStateFor(view), [view]);

  return useTable({
    features: tableModelFeatures,
    columns: tableColumns,
    data: rows,
    getRowId: (row) => row.id,
    state,
    globalFilterFn: bySearch,
    getColumnCanGlobalFilter: canGlobalFilter,
    enableMultiSort: true,
    onSortingChange: (updater) => {
      const next: SortingState = functionalUpdate(updater, state.sorting);
      setSorting(
        next.flatMap((rule) => (isColumnId(rule.id) ? [{ column: rule.id, desc: rule.desc }] : [])),
      );
    },
    // Filters, search and columns are set through the store's actions, never through the table.
    onColumnFiltersChange: () => undefined,
    onGlobalFilterChange: () => undefined,
    onColumnVisibilityChange: () => undefined,
  });
}
