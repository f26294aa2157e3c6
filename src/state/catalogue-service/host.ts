// The catalogue service itself: it holds one catalogue, its rows and their index, and answers the
// page's requests. A file it opens replaces the catalogue it holds only once it is read, checked
// and indexed, so queries keep their answers meanwhile. Queries wait their turn behind whatever is
// already queued, and only the latest one is answered: a keystroke's query that a later keystroke
// has replaced is dropped unrun.
import type { LoadedCatalogue } from '../../catalogue/loaded';
import { citingFacts } from '../../domain/sources/citation-index';
import { TRUST_ALL, trustTest, type Trust } from '../../domain/sources/trust';
import { queryTable } from '../../domain/table/query';
import { vocabularyOf } from '../../catalogue/built-in-vocabulary';
import { buildRowIndex, type RowIndex } from '../../domain/table/row-index';
import { postedRow, rowDeriver, withTrust, type TableRow } from '../../domain/table/rows';
import {
  SMALL_CATALOGUE,
  type CatalogueReply,
  type CatalogueRequest,
  type RequestId,
} from './protocol';
import { nextTurn } from './next-turn';
import { readOpened, type OpenNotice } from './read-opened';
import { startExport } from './start-export';
import { catalogueSummary } from './summary';

/** Sends a reply; `transfer` lists buffers that move to the page rather than being copied. */
export type Reply = (reply: CatalogueReply, transfer?: Transferable[]) => void;

type Held = { data: LoadedCatalogue; rows: readonly TableRow[]; index: RowIndex };

const ROWS_PER_SLICE = 5000;
const CANCELLED = Symbol('cancelled');

/** The service; `pause` yields between slices of long work, so a cancel can be read meanwhile. */
export function createCatalogueHost(
  reply: Reply,
  pause: () => Promise<void> = nextTurn,
): (request: CatalogueRequest) => void {
  let held: Held | null = null;
  let trust: Trust = TRUST_ALL;
  /** The open under way; a second open ends the first. */
  let opening: RequestId | null = null;
  /** Exports under way; cancelling one takes it out. */
  const exporting = new Set<RequestId>();
  let pendingQuery: Extract<CatalogueRequest, { type: 'query' }> | null = null;

  const hold = async (
    data: LoadedCatalogue,
    isLive: () => boolean,
    onSlice: (done: number) => void = () => undefined,
  ): Promise<Held> => {
    const from = trust;
    const derive = rowDeriver(data.catalogue, trustTest(from, data.sources));
    const { systems } = data.catalogue;
    const rows: TableRow[] = [];
    for (let start = 0; start < systems.length; start += ROWS_PER_SLICE) {
      for (const system of systems.slice(start, start + ROWS_PER_SLICE)) rows.push(derive(system));
      onSlice(start);
      await pause();
      if (!isLive()) throw CANCELLED;
    }
    // The filters may have changed while the rows were derived: they follow the latest.
    const current = trust;
    const trusted =
      current === from ? rows : rows.map((row) => withTrust(row, trustTest(current, data.sources)));
    return { data, rows: trusted, index: buildRowIndex(trusted, vocabularyOf(data.catalogue)) };
  };

  const open = async ({ id, file, fileName }: Extract<CatalogueRequest, { type: 'open' }>) => {
    opening = id;
    const isLive = () => opening === id;
    const livePause = async () => {
      await pause();
      if (!isLive()) throw CANCELLED;
    };
    try {
      const pass = (message: OpenNotice) => {
        if (isLive()) reply({ id, ...message });
      };
      const opened = await readOpened({ file, fileName }, pass, livePause);
      if (!opened) return;
      const total = opened.data.catalogue.systems.length;
      const next = await hold(opened.data, isLive, (rowsDone) =>
        reply({ id, type: 'progress', progress: { phase: 'preparing', done: rowsDone, total } }),
      );
      held = next;
      reply({
        id,
        type: 'ready',
        summary: catalogueSummary(next.data, next.index, {
          identity: opened.identity,
          ...(opened.report ? { report: opened.report } : {}),
        }),
      });
    } catch (error) {
      if (error === CANCELLED) {
        reply({ id, type: 'dropped' });
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      reply({
        id,
        type: 'failed',
        problems: [{ file: fileName, path: '(file)', message: `could not be checked: ${reason}` }],
        total: 1,
      });
    } finally {
      if (isLive()) opening = null;
    }
  };

  const runQuery = () => {
    const request = pendingQuery;
    pendingQuery = null;
    if (!request) return;
    if (!held) {
      reply({ id: request.id, type: 'dropped' });
      return;
    }
    try {
      const index = trusted(request.trust);
      const { order, counts, total } = queryTable(index, request.query);
      const rows = Array.from(order.subarray(0, request.first), (position) =>
        postedRow(index.rows[position] as TableRow),
      );
      const buffers = [order.buffer, ...Object.values(counts).map((list) => list.buffer)];
      reply({ id: request.id, type: 'answer', order, counts, total, rows }, buffers);
    } catch {
      // A query the engine cannot answer (a link's column the catalogue lacks) leaves the page
      // with its previous answer rather than waiting for ever.
      reply({ id: request.id, type: 'dropped' });
    }
  };

  /** The index under `next`, worked out again only when it differs from the last one asked for. */
  const trusted = (next: Trust): RowIndex => {
    if (!held) throw new Error('no catalogue is held');
    if (next.evidence !== trust.evidence || next.minGrade !== trust.minGrade) {
      trust = next;
      const counts = trustTest(trust, held.data.sources);
      const rows = held.rows.map((row) => withTrust(row, counts));
      held = { ...held, rows, index: buildRowIndex(rows, vocabularyOf(held.data.catalogue)) };
    }
    return held.index;
  };

  return (request) => {
    switch (request.type) {
      case 'open':
        void open(request);
        break;
      case 'load': {
        opening = null;
        // The page's own catalogue is small and already checked: held at once, so the requests
        // that follow this one are answered from it.
        const { data } = request;
        const rows = data.catalogue.systems.map(
          rowDeriver(data.catalogue, trustTest(trust, data.sources)),
        );
        held = { data, rows, index: buildRowIndex(rows, vocabularyOf(data.catalogue)) };
        const summary = catalogueSummary(data, held.index, { identity: null });
        reply({ id: request.id, type: 'ready', summary });
        break;
      }
      case 'query':
        if (pendingQuery) reply({ id: pendingQuery.id, type: 'dropped' });
        // A small catalogue's query is answered at once; over a larger one the query waits for
        // the next turn, and a later keystroke's query replaces it unrun.
        else if ((held?.rows.length ?? 0) <= SMALL_CATALOGUE) queueMicrotask(runQuery);
        else setTimeout(runQuery, 0);
        pendingQuery = request;
        break;
      case 'rows': {
        if (!held) {
          reply({ id: request.id, type: 'rows', rows: [], positions: [] });
          break;
        }
        const index = trusted(request.trust);
        const positions =
          'ids' in request
            ? request.ids.flatMap((id) => {
                const position = index.positions.get(id);
                return position === undefined ? [] : [position];
              })
            : request.positions.filter((position) => position < index.rows.length);
        const rows = positions.map((position) => postedRow(index.rows[position] as TableRow));
        reply({ id: request.id, type: 'rows', rows, positions });
        break;
      }
      case 'citing':
        reply({
          id: request.id,
          type: 'citing',
          facts: held ? citingFacts(held.data.catalogue, request.source) : [],
        });
        break;
      case 'catalogue':
        reply(
          held
            ? { id: request.id, type: 'catalogue', data: held.data }
            : { id: request.id, type: 'dropped' },
        );
        break;
      case 'export': {
        const from = held;
        if (!from) {
          reply({ id: request.id, type: 'dropped' });
          break;
        }
        exporting.add(request.id);
        startExport(
          { index: trusted(request.trust), sources: from.data.sources },
          request,
          reply,
          pause,
          () => exporting.has(request.id),
          () => exporting.delete(request.id),
        );
        break;
      }
      case 'cancel':
        exporting.delete(request.target);
        if (opening === request.target) opening = null;
        if (pendingQuery?.id === request.target) {
          pendingQuery = null;
          reply({ id: request.target, type: 'dropped' });
        }
        break;
    }
  };
}
