import {
  functionalUpdate,
  useTable,
  type ReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { TRUST_ALL, type Trust } from '../../domain/sources/trust';
import { isColumnId } from '../../domain/table/columns';
import type { FacetField } from '../../domain/table/facets';
import {
  MANUAL_ROW_MODELS,
  pickTableModelView,
  tableColumns,
  tableModelFeatures,
  tableStateFor,
  type TableModelFeatures,
} from '../../domain/table/model';
import { pickTableQuery, type FacetCounts, type TableQuery } from '../../domain/table/query';
import { receivedRow, type TableRow } from '../../domain/table/rows';
import type { Answer, CatalogueClient } from '../../state/catalogue-service/client';
import { FIRST_ROWS } from '../../state/catalogue-service/protocol';
import { useActions, useApp, useViewSlice } from '../shared/store-context';

/**
 * The table: TanStack's headers, visibility and sort state, and the rows the query shows. The
 * rows live in the catalogue service: the page holds the order of the rows shown and only the
 * rows it has drawn, asking for more as the table scrolls.
 */
export type TableModel = {
  table: ReactTable<TableModelFeatures, TableRow>;
  /** How many rows the view shows. */
  shown: number;
  /** The row shown at `at`, once it has arrived from the service. */
  rowAt: (at: number) => TableRow | undefined;
  /** Asks for the rows shown at `start` up to `end` that have not arrived. */
  need: (start: number, end: number) => void;
  /** Where a system is among the rows shown, or -1; only a row that has arrived is found. */
  shownAt: (id: string | null) => number;
  /** The rows shown from the first, as many as have arrived without a gap, up to `max`. */
  arrived: (max: number) => TableRow[];
  /** The first `count` rows shown, asked for if they have not all arrived. */
  first: (count: number) => Promise<TableRow[]>;
  /** The same rows as positions in the catalogue. */
  order: Uint32Array;
  /** Each facet's counts, the other filters applied. */
  counts: FacetCounts;
  /** Systems in the catalogue, shown or not. */
  total: number;
  /** Per facet, the values some system of the catalogue has. */
  present: { readonly [F in FacetField]: number };
  /** What the rows shown were asked for with: an export of the view asks the same. */
  query: TableQuery;
  trust: Trust;
  /** False until the first answer for this catalogue's rows: no count is known yet. */
  answered: boolean;
};

/**
 * Rows fetched once an answer has stood a moment: the browser's own Print command cannot wait
 * for rows, so it prints these (the Print button fetches up to 2,000 first).
 */
export const ROWS_AHEAD = 200;
const AHEAD_AFTER_MS = 300;

const EMPTY_ROWS: TableRow[] = [];
const NO_PRESENT = { platformTypes: 0, operators: 0, capabilities: 0 };
const ALL_COUNT = () => true;
const NO_ANSWER: Answer = {
  order: new Uint32Array(0),
  counts: {
    platformTypes: new Uint32Array(0),
    operators: new Uint32Array(0),
    capabilities: new Uint32Array(0),
  },
  total: 0,
  rows: [],
};

/**
 * The table model, controlled from the store: the view is the only state it has. The query goes
 * to the catalogue service and the table keeps showing the previous answer until the next one
 * arrives, so the control the user touched answers at once; an answer a later view has replaced
 * is never shown (latest wins).
 */
export function useTableModel(): TableModel {
  const service = useApp((state) => state.service);
  const ready = useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue : null));
  const trust = ready?.trust ?? TRUST_ALL;
  const rowCounts = ready?.counts ?? ALL_COUNT;
  const present = ready?.present ?? NO_PRESENT;
  const total = ready?.systemCount ?? 0;
  const query = useViewSlice(pickTableQuery);
  const [answer, setAnswer] = useState<{
    service: CatalogueClient;
    result: Answer;
    query: TableQuery;
  } | null>(null);
  // Rows arrive into the client, which says when.
  const arrivals = useSyncExternalStore(service.subscribe, service.version);

  useEffect(() => {
    let live = true;
    void service.query(query, trust, FIRST_ROWS).then((result) => {
      if (live && result) setAnswer({ service, result, query });
    });
    return () => {
      live = false;
    };
  }, [service, query, trust]);

  // An answer from the service before is about another catalogue: nothing of it is shown.
  const current = answer?.service === service ? answer.result : null;
  const result = current ?? NO_ANSWER;
  // The query of the rows on screen: a keystroke whose answer has not come changes nothing here.
  const shownQuery = current && answer ? answer.query : query;
  const { order } = result;
  // Rows asked for and not yet arrived, so a scroll does not ask for them twice.
  const asked = useRef(new Set<number>());

  const fetchRows = useCallback(
    (start: number, end: number): Promise<void> => {
      const positions = Array.from(order.subarray(start, end)).filter(
        (position) => service.heldAt(trust, position) === undefined && !asked.current.has(position),
      );
      if (positions.length === 0) return Promise.resolve();
      for (const position of positions) asked.current.add(position);
      return service.rows(trust, { positions }).then(() => {
        for (const position of positions) asked.current.delete(position);
      });
    },
    [service, trust, order],
  );

  // Typing on cancels it, so a keystroke's query never waits behind these rows in the service.
  useEffect(() => {
    const timer = setTimeout(() => void fetchRows(0, ROWS_AHEAD), AHEAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [fetchRows, query]);

  const view = useViewSlice(pickTableModelView);
  const { setSorting } = useActions();
  const state = useMemo(() => tableStateFor(view), [view]);

  // The options stay the same object while the header state does: useTable hands back a new
  // table whenever they change, and a new table is a new model, which redraws every part of the
  // page, as a keystroke would before its answer came.
  const options = useMemo(
    () => ({
      features: tableModelFeatures,
      columns: tableColumns,
      // Server-side mode: the rows come from the query, never from table-core's row models.
      data: EMPTY_ROWS,
      state,
      ...MANUAL_ROW_MODELS,
      onSortingChange: (updater: Updater<SortingState>) => {
        const next: SortingState = functionalUpdate(updater, state.sorting);
        setSorting(
          next.flatMap((rule) =>
            isColumnId(rule.id) ? [{ column: rule.id, desc: rule.desc }] : [],
          ),
        );
      },
      // Columns are shown and hidden through the store's actions, never through the table.
      onColumnVisibilityChange: () => undefined,
    }),
    [state, setSorting],
  );
  const table = useTable(options);

  const rowAt = (at: number) => {
    const position = order[at];
    const row = position === undefined ? undefined : service.heldAt(trust, position);
    return row ? receivedRow(row, rowCounts) : undefined;
  };
  const firstArrived = (max: number) => {
    const rows: TableRow[] = [];
    for (let at = 0; at < Math.min(max, order.length); at += 1) {
      const row = rowAt(at);
      if (!row) break;
      rows.push(row);
    }
    return rows;
  };
  // A new object whenever rows arrive or the answer or header state changes; the parts that take
  // it skip a render in which only the view moved on, such as a keystroke before its answer.
  return useMemo(
    () => ({
      table,
      shown: order.length,
      rowAt,
      need: (start: number, end: number) => void fetchRows(start, end),
      shownAt: (id: string | null) => {
        const position = id === null ? undefined : service.positionOf(trust, id);
        return position === undefined ? -1 : order.indexOf(position);
      },
      arrived: firstArrived,
      first: (count: number) => fetchRows(0, count).then(() => firstArrived(count)),
      order,
      counts: result.counts,
      total,
      present,
      query: shownQuery,
      trust,
      answered: current !== null,
    }),
    // `state` is in the list because the table object itself stays the same when it changes;
    // `arrivals` because rows arrive into the client, which stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      table,
      result,
      current,
      arrivals,
      rowCounts,
      fetchRows,
      total,
      present,
      shownQuery,
      trust,
      state,
    ],
  );
}
