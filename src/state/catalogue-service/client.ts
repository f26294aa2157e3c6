// The page's side of the catalogue service: each call sends one request and waits for the reply
// that names it. Queries follow the latest-wins rule: asking again drops the earlier question,
// whose promise settles with null at once and whose answer, if it still comes, is thrown away. A
// catalogue that becomes ready drops every query asked of the one before.
import type { OpenProgress } from '../../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../../catalogue/load';
import type { CatalogueProblem } from '../../catalogue/problem';
import type { System } from '../../catalogue/schema';
import type { Trust } from '../../domain/sources/trust';
import type { RowIndex } from '../../domain/table/row-index';
import type { QueryResult, TableQuery } from '../../domain/table/query';
import type { ExportRequest } from './export';
import type {
  CatalogueReply,
  CatalogueRequest,
  CatalogueSummary,
  RequestId,
  Transport,
} from './protocol';

export type OpenOutcome =
  | { outcome: 'ready'; summary: CatalogueSummary }
  | { outcome: 'failed'; problems: CatalogueProblem[]; total: number }
  /** Cancelled, or ended by a later open. */
  | { outcome: 'dropped' }
  /** The service itself stopped: its reason, in words for the user. */
  | { outcome: 'broken'; reason: string };

export type CatalogueClient = {
  open: (
    file: Blob,
    fileName: string,
    onProgress: (progress: OpenProgress) => void,
  ) => { done: Promise<OpenOutcome>; cancel: () => void };
  /** `shared`: the page's own rows and index, when the service runs on the page. */
  load: (data: LoadedCatalogue, shared?: RowIndex) => Promise<OpenOutcome>;
  setTrust: (trust: Trust) => void;
  /** The view's rows and counts; null when a later query, or another catalogue, replaced it. */
  query: (query: TableQuery) => Promise<QueryResult | null>;
  /**
   * The view written out; settles with its parts (the file, in order) or, when cancelled or the
   * service stopped, null. Refused exports reject with the reason.
   */
  export: (
    request: Omit<ExportRequest, 'id' | 'type'>,
    onProgress: (done: number, total: number) => void,
  ) => { done: Promise<{ parts: Blob[]; rowCount: number } | null>; cancel: () => void };
  /** The systems at these positions; an empty list if the service stopped. */
  systems: (positions: readonly number[]) => Promise<System[]>;
  /** Why the service stopped, once it has; null while it runs. */
  broken: () => string | null;
  terminate: () => void;
};

type Waiting = { onReply: (reply: CatalogueReply) => void; onBroken: (reason: string) => void };
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export function createCatalogueClient(transport: Transport): CatalogueClient {
  let lastId = 0;
  let brokenReason: string | null = null;
  const waiting = new Map<RequestId, Waiting>();
  /** The query whose answer is wanted, and how to settle it as dropped. */
  let latestQuery: { id: RequestId; drop: () => void } | null = null;

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

  transport.listen(
    (reply) => waiting.get(reply.id)?.onReply(reply),
    (reason) => {
      brokenReason = reason;
      const all = [...waiting.values()];
      waiting.clear();
      latestQuery = null;
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
            resolve({ outcome: 'ready', summary: reply.summary });
          } else if (reply.type === 'failed') {
            resolve({ outcome: 'failed', problems: reply.problems, total: reply.total });
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
    load: (data, shared) => whenReady({ type: 'load', data, ...(shared ? { shared } : {}) }).done,
    setTrust: (trust) => void send({ type: 'trust', trust }),
    query: (query) =>
      new Promise((resolve) => {
        dropQuery();
        const id = send(
          { type: 'query', query },
          {
            onReply: (reply) => {
              settle(reply.id);
              if (latestQuery?.id === reply.id) latestQuery = null;
              resolve(
                reply.type === 'answer'
                  ? { order: reply.order, counts: reply.counts, total: reply.total }
                  : null,
              );
            },
            onBroken: () => resolve(null),
          },
        );
        if (waiting.has(id)) latestQuery = { id, drop: () => resolve(null) };
      }),
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
    systems: (positions) =>
      new Promise((resolve) => {
        send(
          { type: 'systems', positions },
          {
            onReply: (reply) => {
              settle(reply.id);
              resolve(reply.type === 'systems' ? reply.systems : []);
            },
            onBroken: () => resolve([]),
          },
        );
      }),
    broken: () => brokenReason,
    terminate: () => transport.terminate(),
  };
}
