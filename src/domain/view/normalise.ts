// The rules that tie the view's fields together, written once: the store applies them after every
// action and the link decoder applies them to what a link asks for, reporting what they changed.
// A link can therefore never open a view the app could not reach by clicking.
import { HIDEABLE_COLUMN_IDS } from '../table/columns';
import { quote } from './quote';
import { COMPARISON_LIMIT, type ViewState } from './state';

/** What a rule changed, named by the link key that holds the field. */
type ViewFix = { key: string; value: string; reason: string };

export function normaliseView(view: ViewState): { view: ViewState; fixes: ViewFix[] } {
  const fixes: ViewFix[] = [];
  let next = view;
  const change = (patch: Partial<ViewState>, fix: ViewFix) => {
    next = { ...next, ...patch };
    fixes.push(fix);
  };

  if (next.catalogueId === null && next.catalogueFile !== null) {
    change(
      { catalogueFile: null },
      { key: 'catfile', value: next.catalogueFile, reason: 'a file name without a catalogue id' },
    );
  }
  const fixed = next.hiddenColumns.filter((id) => !HIDEABLE_COLUMN_IDS.includes(id));
  for (const id of fixed) {
    change(
      { hiddenColumns: next.hiddenColumns.filter((hidden) => hidden !== id) },
      { key: 'hide', value: id, reason: `the ${quote(id)} column cannot be hidden` },
    );
  }
  if (next.comparison.length > COMPARISON_LIMIT) {
    change(
      { comparison: next.comparison.slice(0, COMPARISON_LIMIT) },
      {
        key: 'cmp',
        value: next.comparison.slice(COMPARISON_LIMIT).join('_'),
        reason: `too many compare items: the first ${COMPARISON_LIMIT} are kept`,
      },
    );
  }
  if (next.baseline !== null && !next.comparison.includes(next.baseline)) {
    change(
      { baseline: null },
      {
        key: 'base',
        value: next.baseline,
        reason: `baseline ${quote(next.baseline)} is not one of the compared items`,
      },
    );
  }
  if (next.comparisonOpen && next.comparison.length < 2) {
    change(
      { comparisonOpen: false },
      { key: 'cmpopen', value: '1', reason: 'the comparison needs at least 2 items to open' },
    );
  } else if (next.comparisonOpen && next.detail !== null) {
    change(
      { comparisonOpen: false },
      {
        key: 'cmpopen',
        value: '1',
        reason: 'a system detail and the comparison cannot both be open: the detail is shown',
      },
    );
  }
  if (next.glossaryTerm !== null && !next.glossaryOpen) {
    change(
      { glossaryTerm: null },
      {
        key: 'term',
        value: next.glossaryTerm,
        reason: 'a glossary term is shown only with the glossary open (gloss=1)',
      },
    );
  }
  return { view: next, fixes };
}
