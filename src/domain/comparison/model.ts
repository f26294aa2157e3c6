// Everything the comparison shows, worked out from the view and the catalogue's rows in one place,
// so the screen and the exported file cannot disagree.
import { COMPARISON_GROUP_IDS, comparisonAttributes, type ComparisonGroup } from './attributes';
import { attributesForMode, diffAttributes, type AttributeDiff } from './diff';
import type { TableRow } from '../table/rows';
import { visibleColumnIds } from '../table/model';
import { resolveComparisonItems, type ComparisonItem } from './items';
import { strengthAttribute } from './strength';
import type { Grades } from '../table/level-strength';
import { viewPart } from '../view/pick';

export type ComparisonModel = {
  items: ComparisonItem[];
  /** Index into items of the pinned baseline, if one is pinned and still compared. */
  baselineIndex: number | null;
  /** Every attribute the view shows, in any mode. */
  attributes: AttributeDiff[];
  /** The attributes the current mode shows, in the order shown. */
  shown: AttributeDiff[];
  differing: number;
  /** The groups that have attributes in this mode, each with how many of its attributes differ. */
  groups: { group: ComparisonGroup; rows: AttributeDiff[]; differing: number }[];
};

/** The parts of the view the comparison reads. */
export const pickComparisonView = viewPart([
  'comparison',
  'baseline',
  'comparisonMode',
  'hiddenColumns',
  'basis',
]);
export type ComparisonView = ReturnType<typeof pickComparisonView>;

/**
 * The comparison of the view's items. `grades` are the sources' grades by id, which the
 * "Grade and evidence" row names (without them it reads "ungraded").
 */
export function comparisonModel(
  view: ComparisonView,
  rows: readonly TableRow[],
  grades: Grades = new Map(),
): ComparisonModel {
  const items = resolveComparisonItems(view.comparison, rows);
  const index = items.findIndex((item) => item.id === view.baseline);
  const baselineIndex = index >= 0 ? index : null;
  const described = comparisonAttributes(items, visibleColumnIds(view));
  const attributes = diffAttributes(
    [...described, strengthAttribute(items, described, grades)],
    baselineIndex,
  );
  const shown = attributesForMode(attributes, view.comparisonMode);
  return {
    items,
    baselineIndex,
    attributes,
    shown,
    differing: attributes.filter((attribute) => attribute.status === 'differs').length,
    groups: COMPARISON_GROUP_IDS.map((group) => ({
      group,
      rows: shown.filter((attribute) => attribute.group === group),
      differing: attributes.filter(
        (attribute) => attribute.group === group && attribute.status === 'differs',
      ).length,
    })).filter(({ rows }) => rows.length > 0),
  };
}
