// The active view in one plain-English line (after Datasette's human_description_en): shown next
// to "Copy link" and used, as slugs, in export file names.
import { countText } from './count-text';
import { gradeThreshold } from '../sources/grade-threshold';
import { FACET_FIELDS, type FacetField, type FacetTable } from '../table/facets';
import { viewPart } from './pick';
import type { ViewState } from './state';

/** The parts of the view that narrow the table. */
export const pickViewFilters = viewPart([
  'platformTypes',
  'operators',
  'capabilities',
  'search',
  'basis',
  'evidence',
  'minGrade',
]);
type ViewFilters = ReturnType<typeof pickViewFilters>;

// Each facet's words, generic over the facet so its values keep their type.
function facetClauses<F extends FacetField>(
  facets: FacetTable,
  field: F,
  view: Pick<ViewState, F>,
): string[] {
  const chosen = view[field];
  return chosen.length > 0 ? facets[field].clauses(chosen) : [];
}
const facetSlugs = <F extends FacetField>(
  facets: FacetTable,
  field: F,
  view: Pick<ViewState, F>,
): string[] => view[field].map((id) => facets[field].slug(id));

/** The filter clauses of a view, each a short phrase; empty when nothing narrows the table. */
export function filterClauses(view: ViewFilters, facets: FacetTable): string[] {
  const clauses = FACET_FIELDS.flatMap((field) => facetClauses(facets, field, view));
  if (view.search.trim() !== '') clauses.push(`matching “${view.search.trim()}”`);
  if (view.basis === 'sourced') clauses.push('sourced facts only');
  if (view.evidence === 'stated') clauses.push('facts stated outright only');
  if (view.minGrade !== null) clauses.push(gradeThreshold(view.minGrade).clause);
  return clauses;
}

export function describeView(
  view: ViewFilters,
  facets: FacetTable,
  shown: number,
  total: number,
): string {
  const noun = total === 1 ? 'system' : 'systems';
  const [of, all] = [countText(shown), countText(total)];
  const count = shown === total ? `All ${all} ${noun}` : `${of} of ${all} ${noun}`;
  return [count, ...filterClauses(view, facets)].join(' · ');
}

/** Words for the active filters, e.g. ["Tank", "APC", "ammunition"]; the file name slugifies them. */
export function viewSlugs(view: ViewFilters, facets: FacetTable): string[] {
  return [
    ...FACET_FIELDS.flatMap((field) => facetSlugs(facets, field, view)),
    ...(view.search.trim() ? [view.search.trim()] : []),
    ...(view.basis === 'sourced' ? ['sourced'] : []),
    ...(view.evidence === 'stated' ? ['stated'] : []),
    ...(view.minGrade !== null ? [`grade-${view.minGrade}`] : []),
  ];
}
