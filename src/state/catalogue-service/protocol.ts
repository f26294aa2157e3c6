// What passes between the page and the catalogue service, which holds the catalogue, its rows and
// their index and answers questions about them. Every request carries an id and every reply names
// the request it answers, so the page can drop an answer it no longer wants (latest wins) and
// cancel work it no longer needs. The service runs in a worker, or on the page where none starts;
// the messages are the same either way.
import type { CatalogueIdentity, OpenProgress } from '../../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../../catalogue/load';
import type { CatalogueProblem } from '../../catalogue/problem';
import type { Catalogue, Source, System } from '../../catalogue/schema';
import type { ImportReport } from '../../catalogue/sipri/read-trade-register';
import type { Trust } from '../../domain/sources/trust';
import type { ColumnId } from '../../domain/table/columns';
import type { FacetField } from '../../domain/table/facets';
import type { RowIndex } from '../../domain/table/row-index';
import type { FacetCounts, TableQuery } from '../../domain/table/query';

export type RequestId = number;

export type CatalogueRequest =
  /** Read and check a file; on success it becomes the catalogue the service holds. */
  | { id: RequestId; type: 'open'; file: Blob; fileName: string }
  /** Hold a catalogue the page already has (the built-in one). */
  | {
      id: RequestId;
      type: 'load';
      data: LoadedCatalogue;
      /**
       * On the page only (its rows hold functions, which no message to a worker can carry): the
       * rows and index the page already has, held as they are rather than derived again.
       */
      shared?: RowIndex;
    }
  /** Count only the citations the evidence and grade filters let in, from now on. */
  | { id: RequestId; type: 'trust'; trust: Trust }
  | { id: RequestId; type: 'query'; query: TableQuery }
  /** The systems at these positions of the catalogue. */
  | { id: RequestId; type: 'systems'; positions: readonly number[] }
  /** The view's rows written out as a file, in parts. */
  | {
      id: RequestId;
      type: 'export';
      query: TableQuery;
      columns: readonly ColumnId[];
      format: 'csv' | 'tsv';
      /** Add the sources column and the grade and evidence column. */
      withSources: boolean;
      /** Start a CSV with the byte-order mark. */
      bom: boolean;
    }
  /** The page no longer wants the answer to `target`: stop the work if it is still running. */
  | { id: RequestId; type: 'cancel'; target: RequestId };

/** What the page keeps of a catalogue the service holds: everything but its systems. */
export type CatalogueSummary = {
  /** The opened file; null for a catalogue the page handed over. */
  identity: CatalogueIdentity | null;
  catalogue: Omit<Catalogue, 'systems'>;
  sources: Source[];
  /** Each system's id, in catalogue order: what a link's system ids are checked against. */
  systemIds: string[];
  /** Per facet, the values some system has, as a mask over the facet's values. */
  present: { [F in FacetField]: number };
  /** What an import read, for a file in another format (a SIPRI export). */
  report?: ImportReport;
};

export type CatalogueReply =
  | { id: RequestId; type: 'progress'; progress: OpenProgress }
  /** `problems` lists at most MAX_PROBLEMS; `total` counts all that were found. */
  | { id: RequestId; type: 'failed'; problems: CatalogueProblem[]; total: number }
  | { id: RequestId; type: 'ready'; summary: CatalogueSummary }
  /** Positions of the rows shown, in the order shown, and every facet's counts. */
  | { id: RequestId; type: 'answer'; order: Uint32Array; counts: FacetCounts; total: number }
  | { id: RequestId; type: 'systems'; systems: System[] }
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
