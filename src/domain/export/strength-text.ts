// The strength of every fact a row shows, as one cell of a file: for each shown column that rests
// on sources, its grades and whether it is stated or only inferred, or that the filter set it
// aside (issue 21). "Iraqi variant: C3, stated; Iran can supply: Spares & servicing: C3, inferred;
// Assessment: Commonality: C3, rests on an inference". The grades are this project's assessment.
import { isReported } from '../../catalogue/vocabulary';
import { factStrength, strengthText } from '../sources/fact-strength';
import { exportHeader } from '../table/column-groups';
import { COLUMN_SPECS, type ColumnId } from '../table/columns';
import { levelStrength, type Grades } from '../table/level-strength';
import type { TableRow } from '../table/rows';

/** `rowStrength` for the many rows of one export, with the columns looked up once. */
export function rowStrengthWriter(
  columnIds: readonly ColumnId[],
  grades: Grades,
): (row: TableRow) => string {
  const specs = columnIds.map((id) => COLUMN_SPECS[id]);
  return (row) =>
    specs
      .flatMap((spec) => {
        if (spec.id === 'commonality')
          return [`${exportHeader(spec)}: ${levelStrength(row, grades)}`];
        // The row's name and type rest on its variants, whose columns say it already; a silence
        // ("Not reported") is no fact to grade.
        if (spec.group === 'identity') return [];
        const status = spec.status?.(row);
        if (status !== undefined && !isReported(status)) return [];
        const source = spec.source(row);
        if (source.basis !== 'sourced') return [];
        return [
          `${exportHeader(spec)}: ${strengthText(factStrength(source.cites, row.counts, grades))}`,
        ];
      })
      .join('; ');
}
