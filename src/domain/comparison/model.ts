// Everything the comparison shows, worked out from the view and the catalogue's rows in one place,
// so the screen and the exported file cannot disagree.
import { buildCompareAttributes } from './attributes';
import { attributesForMode, diffAttributes, type AttributeDiff } from './diff';
import type { ComparisonRow } from '../table/rows';
import { visibleColumnIds } from '../table/model';
import { resolveCompareItems, type CompareItem } from './resolve-items';
import type { ViewState } from '../view/state';

export type CompareModel = {
  items: CompareItem[];
  /** Index into items of the pinned baseline, if one is pinned and still compared. */
  baselineIndex: number | null;
  /** Every attribute the view shows, in any mode. */
  attributes: AttributeDiff[];
  /** The attributes the current mode shows, in the order shown. */
  shown: AttributeDiff[];
  differing: number;
};

export function compareModel(view: ViewState, rows: readonly ComparisonRow[]): CompareModel {
  const items = resolveCompareItems(view.compare, rows);
  const index = items.findIndex((item) => item.id === view.baseline);
  const baselineIndex = index >= 0 ? index : null;
  const attributes = diffAttributes(
    buildCompareAttributes(items, visibleColumnIds(view)),
    baselineIndex,
  );
  return {
    items,
    baselineIndex,
    attributes,
    shown: attributesForMode(attributes, view.compareMode),
    differing: attributes.filter((attribute) => attribute.status === 'differs').length,
  };
}
