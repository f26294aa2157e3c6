import {
  functionalUpdate,
  useTable,
  type ReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { isColumnId } from '../../domain/table/columns';
import {
  MANUAL_ROW_MODELS,
  pickTableModelView,
  tableColumns,
  tableModelFeatures,
  tableStateFor,
  type TableModelFeatures,
} from '../../domain/table/model';
import { pickTableQuery, type FacetCounts, type QueryResult } from '../../domain/table/query';
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
  /** False until the first answer for this catalogue's rows: no count is known yet. */
  answered: boolean;
};

const EMPTY_ROWS: TableRow[] = [];
const EMPTY_INDEX = buildRowIndex(EMPTY_ROWS);

/** An answer and the rows it is about: its positions mean nothing in another row index. */
type Answer = { index: RowIndex; result: QueryResult };
const noAnswer = (index: RowIndex): Answer => ({
  index,
  result: {
    order: new Uint32Array(0),
    counts: {
      platformTypes: new Uint32Array(0),
      operators: new Uint32Array(0),
      capabilities: new Uint32Array(0),
    },
    total: index.rows.length,
  },
});

/** The catalogue's rows, or none while it loads. */
export const useRows = (): TableRow[] =>
  useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS));

/** The catalogue's row index, or an empty one while it loads. */
export const useRowIndex = (): RowIndex =>
  useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue.index : EMPTY_INDEX));

/**
 * The table model, controlled from the store: the view is the only state it has. The query goes
 * to the catalogue service and the table keeps showing the previous answer until the next one
 * arrives, so the control the user touched answers at once; an answer a later view has replaced
 * is never shown (latest wins).
 */
export function useTableModel(): TableModel {
  const index = useRowIndex();
  const service = useApp((state) => state.service);
  const query = useViewSlice(pickTableQuery);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let live = true;
    void service.query(query).then((result) => {
      if (live && result) setAnswer({ index, result });
    });
    return () => {
      live = false;
    };
  }, [service, index, query]);
  const shown = useMemo(() => answer ?? noAnswer(index), [answer, index]);
  const result = shown.result;
  const rows = useMemo(
    () => Array.from(result.order, (position) => shown.index.rows[position] as TableRow),
    [shown, result],
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
    () => ({
      table,
      rows,
      order: result.order,
      counts: result.counts,
      total: result.total,
      index: shown.index,
      answered: answer !== null,
    }),
    // `state` is in the list because the table object itself stays the same when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, rows, result, shown, answer, state],
  );
}
