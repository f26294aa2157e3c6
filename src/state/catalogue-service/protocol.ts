// What passes between the page and the catalogue service, which holds the catalogue, its rows and
// their index and answers questions about them. Every request carries an id and every reply names
// the request it answers, so the page can drop an answer it no longer wants (latest wins) and
// cancel work it no longer needs. The service runs in a worker, or on the page where none starts;
// the messages are the same either way.
import type { CatalogueIdentity, OpenProgress } from '../../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../../catalogue/loaded';
import type { FoundProblems } from '../../catalogue/problem';
import type { Catalogue } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import type { ImportReport } from '../../catalogue/sipri/read-trade-register';
import type { KnownIds } from '../../domain/link/known-ids';
import type { CitingFact } from '../../domain/sources/citation-index';
import type { Trust } from '../../domain/sources/trust';
import type { ColumnId } from '../../domain/table/columns';
import type { FacetField } from '../../domain/table/facets';
import type { PostedRow } from '../../domain/table/rows';
import type { FacetCounts, TableQuery } from '../../domain/table/query';

export type RequestId = number;

/**
 * A catalogue of up to this many systems is small: a query over it takes a fraction of a
 * millisecond, so it is answered at once, and once checked it is held on the page, where a
 * keystroke's answer is drawn in the frame it was typed in rather than a message later.
 */
export const SMALL_CATALOGUE = 2000;

/**
 * Rows sent with each answer: the built-in catalogue, and a view's first screen with room to
 * spare. Each is cloned twice on its way (about 0.2 ms a row at 100,000 systems), so the answer to
 * a keystroke carries no more than the screen shows.
 */
export const FIRST_ROWS = 60;

export type CatalogueRequest =
  /** Read and check a file; on success it becomes the catalogue the service holds. */
  | { id: RequestId; type: 'open'; file: Blob; fileName: string }
  /** Hold a catalogue the page already has (the built-in one). */
  | { id: RequestId; type: 'load'; data: LoadedCatalogue }
  /**
   * The view's rows and counts, counting only the citations `trust` lets in, and the first
   * `first` rows of the answer themselves, so a short view is drawn from the answer alone.
   */
  | { id: RequestId; type: 'query'; query: TableQuery; trust: Trust; first: number }
  /** The rows at these positions of the catalogue, or with these system ids, under `trust`. */
  | { id: RequestId; type: 'rows'; trust: Trust; positions: readonly number[] }
  | { id: RequestId; type: 'rows'; trust: Trust; ids: readonly string[] }
  /** Every fact that cites a source, in catalogue order. */
  | { id: RequestId; type: 'citing'; source: string }
  /** The catalogue held, whole: a small one is handed to the page. */
  | { id: RequestId; type: 'catalogue' }
  /** The view's rows written out as a file, in parts. */
  | {
      id: RequestId;
      type: 'export';
      query: TableQuery;
      trust: Trust;
      columns: readonly ColumnId[];
      format: 'csv' | 'tsv';
      /** Add the sources column and the grade and evidence column. */
      withSources: boolean;
      /** Start a CSV with the byte-order mark. */
      bom: boolean;
    }
  /** The page no longer wants the answer to `target`: stop the work if it is still running. */
  | { id: RequestId; type: 'cancel'; target: RequestId };

/**
 * What the page keeps of a catalogue the service holds: everything but its systems, and what the
 * page needs to know of them without asking (their ids, facet values and citation counts).
 */
export type CatalogueSummary = {
  /** The opened file; null for a catalogue the page handed over. */
  identity: CatalogueIdentity | null;
  catalogue: Omit<Catalogue, 'systems'>;
  sources: Source[];
  systemCount: number;
  /** The ids a link may name: what a link's systems, items and terms are checked against. */
  known: KnownIds;
  /** Per facet, the values some system has, as a mask over the facet's values. */
  present: { [F in FacetField]: number };
  /** How many facts cite each source. */
  citations: ReadonlyMap<string, number>;
  /** What an import read, for a file in another format (a SIPRI export). */
  report?: ImportReport;
};

export type CatalogueReply =
  | { id: RequestId; type: 'progress'; progress: OpenProgress }
  /** `problems` lists at most MAX_PROBLEMS; `total` counts all that were found. */
  | ({ id: RequestId; type: 'failed' } & FoundProblems)
  | { id: RequestId; type: 'ready'; summary: CatalogueSummary }
  /**
   * Positions of the rows shown, in the order shown, and every facet's counts; `rows` are the
   * first rows of `order`, in that order.
   */
  | {
      id: RequestId;
      type: 'answer';
      order: Uint32Array;
      counts: FacetCounts;
      total: number;
      rows: PostedRow[];
    }
  /** The rows asked for, each with its position in the catalogue; ids it lacks are left out. */
  | { id: RequestId; type: 'rows'; rows: PostedRow[]; positions: number[] }
  | { id: RequestId; type: 'citing'; facts: CitingFact[] }
  | { id: RequestId; type: 'catalogue'; data: LoadedCatalogue }
  /** The next part of an export: `done` of its `total` rows are written. */
  | { id: RequestId; type: 'part'; part: Blob; done: number; total: number }
  /** The export's last part has been sent. */
  | { id: RequestId; type: 'exported'; rowCount: number }
  /** The request was cancelled, or a later one of its kind made it pointless: no answer follows. */
  | { id: RequestId; type: 'dropped' };

/** How replies reach the page, and requests the service; a worker or the page itself. */
export type Transport = {
  post: (request: CatalogueRequest) => void;
  /** `onFailure` is called once if the service dies; no reply follows it. */
  listen: (onReply: (reply: CatalogueReply) => void, onFailure: (reason: string) => void) => void;
  terminate: () => void;
};
