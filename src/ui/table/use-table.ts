import {
  functionalUpdate,
  useTable,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import {
  canGlobalFilter,
  comparisonColumns,
  comparisonFeatures,
  bySearch,
  tableStateFor,
  type ComparisonFeatures,
} from '../../domain/table/model';
import type { ComparisonRow } from '../../domain/table/rows';
import { COLUMN_IDS, type ColumnId } from '../../domain/view/state';
import { useActions, useApp } from '../shared/store-context';

export type ComparisonTable = ReactTable<ComparisonFeatures, ComparisonRow>;

const EMPTY_ROWS: ComparisonRow[] = [];
const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

/** The comparison table, controlled from the store: the view is the only state it has. */
export function useComparisonTable(): ComparisonTable {
  const rows = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS,
  );
  const view = useApp((state) => state.view);
  const { setSorting, toggleColumn } = useActions();
  const state = useMemo(() => tableStateFor(view), [view]);

  return useTable({
    features: comparisonFeatures,
    columns: comparisonColumns,
    data: rows,
    getRowId: (row) => row.id,
    state,
    globalFilterFn: bySearch,
    getColumnCanGlobalFilter: canGlobalFilter,
    enableMultiSort: true,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
    onSortingChange: (updater) => {
      const next: SortingState = functionalUpdate(updater, state.sorting);
      setSorting(
        next
          .filter((rule) => isColumnId(rule.id))
          .map((rule) => ({
            column: rule.id as ColumnId,
            desc: rule.desc,
          })),
      );
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, state.columnVisibility);
      for (const id of COLUMN_IDS) {
        if ((next[id] ?? true) !== (state.columnVisibility[id] ?? true)) toggleColumn(id);
      }
    },
    // Filters and search are set through the store's actions, never through the table.
    onColumnFiltersChange: () => undefined,
    onGlobalFilterChange: () => undefined,
  });
}
