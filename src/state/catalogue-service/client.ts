// The page's side of the catalogue service: each call sends one request and waits for the reply
// that names it. Queries follow the latest-wins rule: asking again drops the earlier question,
// whose promise settles with null at once and whose answer, if it still comes, is thrown away. A
// catalogue that becomes ready drops every query asked of the one before.
import type { OpenProgress } from '../../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../../catalogue/loaded';
import { foundIn, type FoundProblems } from '../../catalogue/problem';
import type { CitingFact } from '../../domain/sources/citation-index';
import type { Trust } from '../../domain/sources/trust';
import type { QueryResult, TableQuery } from '../../domain/table/query';
import type { PostedRow } from '../../domain/table/rows';
import type { ExportRequest } from './export';
import { askedKey, lastAsked } from './last-asked';
import { receivedRows, type ReceivedRows } from './received-rows';
import type {
  CatalogueReply,
  CatalogueRequest,
  CatalogueSummary,
  RequestId,
  Transport,
} from './protocol';

export type OpenOutcome =
  | { outcome: 'ready'; summary: CatalogueSummary }
  | ({ outcome: 'failed' } & FoundProblems)
  /** Cancelled, or ended by a later open. */
  | { outcome: 'dropped' }
  /** The service itself stopped: its reason, in words for the user. */
  | { outcome: 'broken'; reason: string };

/** The page's side of the service; the rows it has received are kept (ReceivedRows). */
export type CatalogueClient = ReceivedRows & {
  open: (
    file: Blob,
    fileName: string,
    onProgress: (progress: OpenProgress) => void,
  ) => { done: Promise<OpenOutcome>; cancel: () => void };
  load: (data: LoadedCatalogue) => Promise<OpenOutcome>;
  /**
   * The view's rows and counts under `trust`, with its first `first` rows; null when a later
   * query, or another catalogue, replaced it. Asking again what the last query asked gets that
   * query's answer (`last-asked.ts`).
   */
  query: (query: TableQuery, trust: Trust, first: number) => Promise<Answer | null>;
  /**
   * The view written out; settles with its parts (the file, in order) or, when cancelled or the
   * service stopped, null. Refused exports reject with the reason.
   */
  export: (
    request: Omit<ExportRequest, 'id' | 'type'>,
    onProgress: (done: number, total: number) => void,
  ) => { done: Promise<{ parts: Blob[]; rowCount: number } | null>; cancel: () => void };
  /**
   * The rows at these positions, or with these ids, each with its position; none if the service
   * stopped.
   */
  rows: (
    trust: Trust,
    which: { positions: readonly number[] } | { ids: readonly string[] },
  ) => Promise<{ rows: PostedRow[]; positions: number[] }>;
  /** Every fact that cites a source; none if the service stopped. */
  citing: (source: string) => Promise<CitingFact[]>;
  /** The catalogue the service holds, whole; null if it holds none or stopped. */
  catalogue: () => Promise<LoadedCatalogue | null>;
  /** Why the service stopped, once it has; null while it runs. */
  broken: () => string | null;
  terminate: () => void;
};

/** A query's answer: the view's order and counts, and its first rows. */
export type Answer = QueryResult & { rows: PostedRow[] };

type Waiting = { onReply: (reply: CatalogueReply) => void; onBroken: (reason: string) => void };
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export function createCatalogueClient(transport: Transport): CatalogueClient {
  let lastId = 0;
  let brokenReason: string | null = null;
  const waiting = new Map<RequestId, Waiting>();
  /** The query whose answer is wanted, and how to settle it as dropped. */
  let latestQuery: { id: RequestId; drop: () => void } | null = null;
  const asked = lastAsked<Answer>();

  const { remember, ...received } = receivedRows();

  const send = (request: Distribute<CatalogueRequest>, handlers?: Waiting): RequestId => {
    lastId += 1;
    const id = lastId;
    if (handlers) {
      if (brokenReason !== null) {
        handlers.onBroken(brokenReason);
        return id;
      }
      waiting.set(id, handlers);
    }
    transport.post({ ...request, id } as CatalogueRequest);
    return id;
  };
  const settle = (id: RequestId) => waiting.delete(id);
  /** One request and its one reply, read by `read`; `fallback` once the service has stopped. */
  const ask = <T>(
    request: Distribute<CatalogueRequest>,
    read: (reply: CatalogueReply) => T,
    fallback: T,
  ) =>
    new Promise<T>((resolve) => {
      send(request, {
        onReply: (reply) => {
          settle(reply.id);
          resolve(read(reply));
        },
        onBroken: () => resolve(fallback),
      });
    });

  transport.listen(
    (reply) => waiting.get(reply.id)?.onReply(reply),
    (reason) => {
      brokenReason = reason;
      const all = [...waiting.values()];
      waiting.clear();
      latestQuery = null;
      asked.forget();
      for (const entry of all) entry.onBroken(reason);
    },
  );

  const dropQuery = () => {
    const previous = latestQuery;
    latestQuery = null;
    if (!previous) return;
    settle(previous.id);
    previous.drop();
    transport.post({ id: (lastId += 1), type: 'cancel', target: previous.id });
  };

  const whenReady = (
    request: Distribute<Extract<CatalogueRequest, { type: 'open' | 'load' }>>,
    onProgress: (progress: OpenProgress) => void = () => undefined,
  ) => {
    let id = 0;
    const done = new Promise<OpenOutcome>((resolve) => {
      id = send(request, {
        onReply: (reply) => {
          if (reply.type === 'progress') return onProgress(reply.progress);
          settle(reply.id);
          if (reply.type === 'ready') {
            // Queries asked before this catalogue was asked for were asked of the one before.
            if (latestQuery && latestQuery.id < id) dropQuery();
            asked.forget();
            resolve({ outcome: 'ready', summary: reply.summary });
          } else if (reply.type === 'failed') {
            resolve({ outcome: 'failed', ...foundIn(reply) });
          } else resolve({ outcome: 'dropped' });
        },
        onBroken: (reason) => resolve({ outcome: 'broken', reason }),
      });
    });
    const cancel = () => {
      const entry = waiting.get(id);
      if (!entry) return;
      transport.post({ id: (lastId += 1), type: 'cancel', target: id });
      entry.onReply({ id, type: 'dropped' });
    };
    return { done, cancel };
  };

  return {
    open: (file, fileName, onProgress) => whenReady({ type: 'open', file, fileName }, onProgress),
    load: (data) => whenReady({ type: 'load', data }).done,
    query: (query, trust, first) => {
      const key = askedKey(query, trust, first);
      const known = asked.answerTo(key);
      if (known) return known;
      const answer = new Promise<Answer | null>((resolve) => {
        dropQuery();
        const id = send(
          { type: 'query', query, trust, first },
          {
            onReply: (reply) => {
              settle(reply.id);
              if (latestQuery?.id === reply.id) latestQuery = null;
              if (reply.type !== 'answer') return resolve(null);
              resolve({
                order: reply.order,
                counts: reply.counts,
                total: reply.total,
                rows: reply.rows,
              });
              // After the answer: whoever waits for it draws it and any new row in one render.
              remember(trust, reply.rows, reply.order);
            },
            onBroken: () => resolve(null),
          },
        );
        if (waiting.has(id)) latestQuery = { id, drop: () => resolve(null) };
      });
      asked.keep(key, answer);
      return answer;
    },
    export: (request, onProgress) => {
      const parts: Blob[] = [];
      let id = 0;
      let settle: (result: { parts: Blob[]; rowCount: number } | null) => void = () => undefined;
      const done = new Promise<{ parts: Blob[]; rowCount: number } | null>((resolve, reject) => {
        settle = resolve;
        id = send(
          { type: 'export', ...request },
          {
            onReply: (reply) => {
              if (reply.type === 'part') {
                parts.push(reply.part);
                onProgress(reply.done, reply.total);
                return;
              }
              waiting.delete(reply.id);
              if (reply.type === 'exported') resolve({ parts, rowCount: reply.rowCount });
              else if (reply.type === 'failed')
                reject(new Error(reply.problems[0]?.message ?? 'The export failed.'));
              else resolve(null);
            },
            onBroken: () => resolve(null),
          },
        );
      });
      const cancel = () => {
        if (!waiting.delete(id)) return;
        transport.post({ id: (lastId += 1), type: 'cancel', target: id });
        parts.length = 0;
        settle(null);
      };
      return { done, cancel };
    },
    rows: (trust, which) => {
      const none = { rows: [], positions: [] };
      return ask(
        { type: 'rows', trust, ...which } as Distribute<CatalogueRequest>,
        (reply) => {
          if (reply.type !== 'rows') return none;
          remember(trust, reply.rows, reply.positions, 'ids' in which ? which.ids : []);
          return reply;
        },
        none,
      );
    },
    citing: (source) =>
      ask({ type: 'citing', source }, (reply) => (reply.type === 'citing' ? reply.facts : []), []),
    catalogue: () =>
      ask({ type: 'catalogue' }, (reply) => (reply.type === 'catalogue' ? reply.data : null), null),
    ...received,
    broken: () => brokenReason,
    terminate: () => transport.terminate(),
  };
}
