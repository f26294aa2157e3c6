// The active view in one plain-English line (after Datasette's human_description_en): shown next
// to "Copy link" and used, as slugs, in export file names.
import { CAPABILITY_KINDS, OPERATORS, PLATFORM_TYPES } from '../../catalogue/vocabulary';
import { inSentence } from './in-sentence';
import type { ViewState } from './state';

/** The parts of the view that narrow the table. */
export type ViewFilters = Pick<
  ViewState,
  'platformTypes' | 'operators' | 'capabilities' | 'search' | 'basis' | 'evidence' | 'minGrade'
>;
export const pickViewFilters = ({
  platformTypes,
  operators,
  capabilities,
  search,
  basis,
  evidence,
  minGrade,
}: ViewState): ViewFilters => ({
  platformTypes,
  operators,
  capabilities,
  search,
  basis,
  evidence,
  minGrade,
});

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The filter clauses of a view, each a short phrase; empty when nothing narrows the table. */
export function filterClauses(view: ViewFilters): string[] {
  const clauses: string[] = [];
  if (view.platformTypes.length > 0)
    clauses.push(
      `platform type is ${orList(view.platformTypes.map((id) => inSentence(PLATFORM_TYPES[id].short)))}`,
    );
  if (view.operators.length > 0)
    clauses.push(`operator is ${orList(view.operators.map((id) => OPERATORS[id].label))}`);
  for (const kind of view.capabilities) clauses.push(CAPABILITY_KINDS[kind].phrase);
  if (view.search.trim() !== '') clauses.push(`matching “${view.search.trim()}”`);
  if (view.basis === 'sourced') clauses.push('sourced facts only');
  if (view.evidence === 'stated') clauses.push('facts stated outright only');
  if (view.minGrade !== null) clauses.push(`sources graded ${view.minGrade} or better`);
  return clauses;
}

export function describeView(view: ViewFilters, shown: number, total: number): string {
  const noun = total === 1 ? 'system' : 'systems';
  const [of, all] = [shown.toLocaleString('en'), total.toLocaleString('en')];
  const count = shown === total ? `All ${all} ${noun}` : `${of} of ${all} ${noun}`;
  return [count, ...filterClauses(view)].join(' · ');
}

/** Words for the active filters, e.g. ["Tank", "APC", "ammunition"]; the file name slugifies them. */
export function viewSlugs(view: ViewFilters): string[] {
  return [
    ...view.platformTypes.map((id) => PLATFORM_TYPES[id].short),
    ...view.operators,
    ...view.capabilities,
    ...(view.search.trim() ? [view.search.trim()] : []),
    ...(view.basis === 'sourced' ? ['sourced'] : []),
    ...(view.evidence === 'stated' ? ['stated'] : []),
    ...(view.minGrade !== null ? [`grade-${view.minGrade}`] : []),
  ];
}
