// The catalogue as the store holds it: loading, failed, or ready with its rows, which follow the
// view's evidence and grade filters and are derived again only when those change.
import type { CatalogueIdentity } from '../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../catalogue/load';
import type { CatalogueProblem } from '../catalogue/problem';
import { trustTest, type Trust } from '../domain/sources/trust';
import { buildRowIndex, type RowIndex } from '../domain/table/row-index';
import { withTrust, type TableRow } from '../domain/table/rows';
import type { ViewState } from '../domain/view/state';

export type CatalogueState =
  | { status: 'loading' }
  | {
      status: 'ready';
      data: LoadedCatalogue;
      /** One per system, counting only the citations the view's evidence and grade filters let in. */
      rows: TableRow[];
      /** The rows in columns, which the table's queries run over. */
      index: RowIndex;
      /** The evidence and grade filters `rows` were derived under. */
      trust: Trust;
      /** The opened file this catalogue came from; null for the built-in catalogue. */
      identity: CatalogueIdentity | null;
      /**
       * Counts the catalogues put on screen, so the UI can start afresh for a new one: React keeps
       * each component's previous state beside its current one, and a panel that renders once per
       * catalogue would keep the previous catalogue alive through it (issue 24, B2).
       */
      generation: number;
    }
  | { status: 'failed'; problems: CatalogueProblem[] };

const trustOf = (view: ViewState): Trust => ({ evidence: view.evidence, minGrade: view.minGrade });
const sameTrust = (a: Trust, b: Trust) => a.evidence === b.evidence && a.minGrade === b.minGrade;

/** The rows a catalogue gives under the view's trust settings; derived again only when they change. */
export function catalogueFor(catalogue: CatalogueState, view: ViewState): CatalogueState {
  if (catalogue.status !== 'ready') return catalogue;
  const trust = trustOf(view);
  if (sameTrust(trust, catalogue.trust)) return catalogue;
  const counts = trustTest(trust, catalogue.data.sources);
  const rows = catalogue.rows.map((row) => withTrust(row, counts));
  return { ...catalogue, rows, index: buildRowIndex(rows), trust };
}
