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
  /** How many attributes are not stated for every item, where the stated values agree. */
  gaps: number;
  /** The groups that have attributes in this mode, each with its counts over all its attributes. */
  groups: { group: ComparisonGroup; rows: AttributeDiff[]; differing: number; gaps: number }[];
};

const counted = (attributes: readonly AttributeDiff[], status: AttributeDiff['status']): number =>
  attributes.filter((attribute) => attribute.status === status).length;

/** "3 of 17 attributes differ; 2 are not stated for every item": the screen's and the paper's. */
export const agreementCount = (model: Pick<ComparisonModel, 'attributes' | 'differing' | 'gaps'>) =>
  `${model.differing} of ${model.attributes.length} attributes differ` +
  (model.gaps === 0
    ? ''
    : `; ${model.gaps} ${model.gaps === 1 ? 'is' : 'are'} not stated for every item`);

/** A group's counts: "all the same", "2 differ", "2 differ · 1 not all stated". */
export const groupCount = ({ differing, gaps }: { differing: number; gaps: number }): string =>
  differing === 0 && gaps === 0
    ? 'all the same'
    : [differing > 0 ? `${differing} differ` : '', gaps > 0 ? `${gaps} not all stated` : '']
        .filter(Boolean)
        .join(' · ');

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
    differing: counted(attributes, 'differs'),
    gaps: counted(attributes, 'gaps'),
    groups: COMPARISON_GROUP_IDS.map((group) => {
      const inGroup = attributes.filter((attribute) => attribute.group === group);
      return {
        group,
        rows: shown.filter((attribute) => attribute.group === group),
        differing: counted(inGroup, 'differs'),
        gaps: counted(inGroup, 'gaps'),
      };
    }).filter(({ rows }) => rows.length > 0),
  };
}
