// The catalogue as the store holds it: loading, failed, or ready. A ready catalogue's systems live
// in the catalogue service; the page keeps the rest of the catalogue, what it knows of the systems
// without asking (the summary), and the citation test of the view's evidence and grade filters.
import type { CatalogueIdentity } from '../catalogue/catalogue-file';
import type { CatalogueProblem } from '../catalogue/problem';
import type { Catalogue, Citation } from '../catalogue/schema';
import type { Source } from '../catalogue/register-schema';
import type { KnownIds } from '../domain/link/known-ids';
import { trustTest, type Trust } from '../domain/sources/trust';
import type { FacetField } from '../domain/table/facets';
import type { ViewState } from '../domain/view/state';
import type { CatalogueSummary } from './catalogue-service/protocol';

export type CatalogueState =
  | { status: 'loading' }
  | {
      status: 'ready';
      /** The catalogue without its systems, and its source register. */
      data: { catalogue: Omit<Catalogue, 'systems'>; sources: Source[] };
      systemCount: number;
      known: KnownIds;
      present: { readonly [F in FacetField]: number };
      citations: ReadonlyMap<string, number>;
      /** The evidence and grade filters the rows are asked for under. */
      trust: Trust;
      /** Which citations those filters let in: what each row the page receives counts by. */
      counts: (cite: Citation) => boolean;
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

export type ReadyCatalogue = Extract<CatalogueState, { status: 'ready' }>;

const trustOf = (view: ViewState): Trust => ({ evidence: view.evidence, minGrade: view.minGrade });
const sameTrust = (a: Trust, b: Trust) => a.evidence === b.evidence && a.minGrade === b.minGrade;

/** A summary the service sent, ready to show under the view's trust settings. */
export function readyCatalogue(
  summary: CatalogueSummary,
  view: ViewState,
  generation: number,
): ReadyCatalogue {
  const { catalogue, sources, systemCount, known, present, citations, identity } = summary;
  const trust = trustOf(view);
  return {
    status: 'ready',
    data: { catalogue, sources },
    systemCount,
    known,
    present,
    citations,
    trust,
    counts: trustTest(trust, sources),
    identity,
    generation,
  };
}

/** The catalogue under the view's trust settings; the same object while they stay the same. */
export function catalogueFor(catalogue: CatalogueState, view: ViewState): CatalogueState {
  if (catalogue.status !== 'ready') return catalogue;
  const trust = trustOf(view);
  if (sameTrust(trust, catalogue.trust)) return catalogue;
  return { ...catalogue, trust, counts: trustTest(trust, catalogue.data.sources) };
}
