// The strength of every fact a row shows, as one cell of a file: for each shown column that rests
// on sources, its grades and whether it is stated or only inferred, or that the filter set it
// aside (issue 21). "Iraqi variant: C3, stated; Iran can supply: Spares & servicing: C3, inferred;
// Assessment: Commonality: C3, rests on an inference". The grades are this project's assessment.
import type { Citation } from '../../catalogue/schema';
import { isReported } from '../../catalogue/vocabulary';
import { factStrength, strengthText } from '../sources/fact-strength';
import { exportHeader } from '../table/column-groups';
import { COLUMN_SPECS, type ColumnId } from '../table/columns';
import { levelStrength, type Grades } from '../table/level-strength';
import type { TableRow } from '../table/rows';
import { rowCellSources, type RowCellSources } from './row-cell-sources';

// A row's columns of one country share one list of citations, so most checks end at the first test.
const sameCites = (a: readonly Citation[], b: readonly Citation[]) =>
  a === b || (a.length === b.length && a.every((cite, at) => cite === b[at]));

/**
 * `rowStrength` for the many rows of one export, with the columns looked up once. A row's columns
 * often rest on the same citations (each Iraqi variant column cites the Iraqi variants), so within
 * a row each set of citations is graded once.
 */
export function rowStrengthWriter(
  columnIds: readonly ColumnId[],
  grades: Grades,
  sourcesOf: RowCellSources = rowCellSources(columnIds.map((id) => COLUMN_SPECS[id])),
): (row: TableRow) => string {
  const specs = columnIds.map((id) => COLUMN_SPECS[id]);
  return (row) => {
    const sources = sourcesOf(row);
    const graded: { cites: readonly Citation[]; text: string }[] = [];
    const parts: string[] = [];
    specs.forEach((spec, at) => {
      if (spec.id === 'commonality') {
        parts.push(`${exportHeader(spec)}: ${levelStrength(row, grades)}`);
        return;
      }
      // The row's name and type rest on its variants, whose columns say it already; a silence
      // ("Not reported") is no fact to grade.
      if (spec.group === 'identity') return;
      const status = spec.status?.(row);
      if (status !== undefined && !isReported(status)) return;
      const source = sources[at];
      if (source?.basis !== 'sourced') return;
      let text = graded.find((seen) => sameCites(seen.cites, source.cites))?.text;
      if (text === undefined) {
        text = strengthText(factStrength(source.cites, row.counts, grades));
        graded.push({ cites: source.cites, text });
      }
      parts.push(`${exportHeader(spec)}: ${text}`);
    });
    return parts.join('; ');
  };
}
