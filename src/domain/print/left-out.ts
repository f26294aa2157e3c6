// What a printed page leaves out of the view, said on the page: paper has no column menu or mode
// switch to show that more exists.
import { hiddenAttributeLabels } from '../comparison/attributes';
import type { ComparisonModel } from '../comparison/model';
import { exportHeader } from '../table/column-groups';
import { FULL_COLUMN_IDS } from '../table/column-sets';
import { COLUMN_SPECS } from '../table/columns';
import { tableColumnIds, visibleColumnIds } from '../table/model';
import { COMPARISON_MODES, type ComparisonMode, type ViewState } from '../view/state';

type ColumnsView = Pick<ViewState, 'hiddenColumns' | 'basis' | 'columnSet'>;

/**
 * "Not shown: 3 of 17 columns (Iraqi operator, …)." — or null when every column of the full
 * table is on paper. Where one column sums up what Iran can supply, the columns it stands for are
 * said apart, so the counts add up to the columns printed: "Not shown: 7 columns (Platform type,
 * …); “What Iran can supply” sums up 6 more, …".
 */
export function leftOutColumnsNote(view: ColumnsView): string | null {
  const shown = new Set(tableColumnIds(view));
  const summed = shown.has('supply')
    ? FULL_COLUMN_IDS.filter((id) => COLUMN_SPECS[id].group === 'support')
    : [];
  const missing = FULL_COLUMN_IDS.filter((id) => !shown.has(id) && !summed.includes(id));
  if (missing.length === 0) return null;
  const names = missing.map((id) => exportHeader(COLUMN_SPECS[id])).join(', ');
  const count = `${missing.length} ${missing.length === 1 ? 'column' : 'columns'}`;
  if (summed.length === 0) {
    return `Not shown: ${missing.length} of ${FULL_COLUMN_IDS.length} columns (${names}).`;
  }
  return `Not shown: ${count} (${names}); “${exportHeader(COLUMN_SPECS.supply)}” sums up ${summed.length} more, each capability in a column of its own under “All columns”.`;
}

/**
 * What the comparison leaves out: attributes whose columns the table hides, and those the mode
 * leaves out ("Differences only" drops the attributes every item shares); null when nothing is.
 */
export function leftOutAttributesNote(
  model: Pick<ComparisonModel, 'attributes' | 'shown'>,
  view: Pick<ViewState, 'hiddenColumns' | 'basis'> & { comparisonMode: ComparisonMode },
): string | null {
  const hidden = hiddenAttributeLabels(visibleColumnIds(view));
  const byMode = model.attributes.length - model.shown.length;
  const parts = [
    ...(hidden.length > 0
      ? [
          `${hidden.length} ${hidden.length === 1 ? 'attribute' : 'attributes'} whose columns are hidden (${hidden.join(', ')})`,
        ]
      : []),
    ...(byMode > 0
      ? [
          `${byMode} ${byMode === 1 ? 'attribute' : 'attributes'} left out by “${COMPARISON_MODES[view.comparisonMode].label}”`,
        ]
      : []),
  ];
  return parts.length > 0 ? `Not shown: ${parts.join('; ')}.` : null;
}
