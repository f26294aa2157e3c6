// The comparison's "Grade and evidence" row: for each compared item, the strength of every fact
// its column shows, as the table's file gives it per row (issue 21) — each sourced attribute's
// grades and whether it is stated or only inferred, or that the filter set it aside; the level's
// grades and weakest link. "Designation: C3, stated; Spares & servicing: C3, inferred;
// Commonality: C3, rests on an inference". The grades are this project's assessment.
import { isReported } from '../../catalogue/vocabulary';
import { NO_SOURCE } from '../sources/cell-source';
import { factStrength, STRENGTH_HEADER, strengthText } from '../sources/fact-strength';
import { COLUMN_SPECS, isColumnId } from '../table/columns';
import { levelStrength, type Grades } from '../table/level-strength';
import type { ComparisonAttribute } from './attributes';
import type { ComparisonItem } from './items';

/** One item's facts, attribute by attribute, in the order the comparison lists them. */
function itemStrength(
  item: ComparisonItem,
  index: number,
  attributes: readonly ComparisonAttribute[],
  grades: Grades,
): string {
  return attributes
    .flatMap((attribute) => {
      if (attribute.id === 'commonality')
        return [`${attribute.label}: ${levelStrength(item.row, grades)}`];
      // The name and type rest on the variants, which say it already; the sources row lists ids.
      if (attribute.group === 'identity' || attribute.group === 'sources') return [];
      const cell = attribute.cells[index];
      if (!cell || cell.text === '' || cell.source.basis !== 'sourced') return [];
      // A silence ("Not reported") is no fact to grade.
      const status = isColumnId(attribute.id)
        ? COLUMN_SPECS[attribute.id].status?.(item.row)
        : undefined;
      if (status !== undefined && !isReported(status)) return [];
      const strength = factStrength(cell.source.cites, item.row.counts, grades);
      return [`${attribute.label}: ${strengthText(strength)}`];
    })
    .join('; ');
}

/** The row that follows the attributes: each item's strengths, with no citation of its own. */
export function strengthAttribute(
  items: readonly ComparisonItem[],
  attributes: readonly ComparisonAttribute[],
  grades: Grades,
): ComparisonAttribute {
  return {
    id: 'strength',
    label: STRENGTH_HEADER,
    group: 'sources',
    cells: items.map((item, index) => ({
      text: itemStrength(item, index, attributes, grades),
      source: NO_SOURCE,
    })),
  };
}
