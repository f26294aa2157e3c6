// The table as the user sees it, as text: the rows in their order, the visible columns, and
// optionally a sources column, so the file stands alone. A header carries its group where the
// group row above it would be lost ("Iran can supply: Ammunition"), and the sources column names
// each source beside its id ("S000 (Uskowi on Iran, Feb 2014) item 1"); with the sources comes a
// last column of each fact's grade and stated/inferred mark, or "set aside by the filter".
import type { Citation } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import { citationsWriter } from '../sources/citation-text';
import { exportHeader } from '../table/column-groups';
import { COLUMN_SPECS, type ColumnId } from '../table/columns';
import type { TableRow } from '../table/rows';
import type { LazyTableText, TableText } from './lazy-table-text';
import { STRENGTH_HEADER } from '../sources/fact-strength';
import { rowStrengthWriter } from './strength-text';
import { gradingOf, type SourceGrading } from '../sources/trust';
import type { CellSource } from '../sources/cell-source';
import { rowCellSources, type RowCellSources } from './row-cell-sources';

const SOURCES_HEADER = 'Sources';

/** The source register by id, as the export builders read it (grades where the register has them). */
export type SourceRegisterIndex = ReadonlyMap<
  string,
  Pick<Source, 'outlet' | 'published'> & Partial<Pick<Source, 'grade' | 'reports'>>
>;
const NO_REGISTER: SourceRegisterIndex = new Map();

type TableTextOptions = { withSources: boolean; register?: SourceRegisterIndex };

/**
 * `rowSources` for the many rows of one export: the columns are looked up and the citations
 * writer's names and order are worked out once, not once per row.
 */
export function rowSourcesWriter(
  columnIds: readonly ColumnId[],
  register: SourceRegisterIndex = NO_REGISTER,
  sourcesOf: RowCellSources = rowCellSources(columnIds.map((id) => COLUMN_SPECS[id])),
): (row: TableRow) => string {
  const specs = columnIds.map((id) => COLUMN_SPECS[id]);
  const citations = citationsWriter(register);
  return (row) => {
    const cites: Citation[] = [];
    const references: string[] = [];
    const sources = sourcesOf(row);
    for (const [at, spec] of specs.entries()) {
      const source = sources[at] as CellSource;
      if (source.basis === 'sourced') for (const cite of source.cites) cites.push(cite);
      if (source.basis === 'reference') references.push(spec.header);
    }
    const parts = cites.length > 0 ? [citations(cites)] : [];
    if (references.length > 0)
      parts.push(`general reference (not from a source): ${references.join(', ')}`);
    return parts.join('; ');
  };
}

/** The citations of the columns shown, then any general-reference facts the row shows. */
export function rowSources(
  row: TableRow,
  columnIds: readonly ColumnId[],
  register: SourceRegisterIndex = NO_REGISTER,
): string {
  return rowSourcesWriter(columnIds, register)(row);
}

/** Each register source's grading, with the reports it carries, by id; sources without a grade are left out. */
export function gradesOf(register: SourceRegisterIndex): Map<string, SourceGrading> {
  const grades = new Map<string, SourceGrading>();
  for (const [id, source] of register) {
    if (source.grade) grades.set(id, gradingOf({ grade: source.grade, reports: source.reports }));
  }
  return grades;
}

/** The table's text a slice of rows at a time, with one set of caches for the whole export. */
export function lazyTableText(
  rows: readonly TableRow[],
  columnIds: readonly ColumnId[],
  { withSources, register = NO_REGISTER }: TableTextOptions,
): LazyTableText {
  const specs = columnIds.map((id) => COLUMN_SPECS[id]);
  // Both writers read each row's column sources from one place, worked out once per row.
  const sourcesOf = rowCellSources(specs);
  const sources = withSources ? rowSourcesWriter(columnIds, register, sourcesOf) : undefined;
  const strength = withSources
    ? rowStrengthWriter(columnIds, gradesOf(register), sourcesOf)
    : undefined;
  return {
    header: [...specs.map(exportHeader), ...(withSources ? [SOURCES_HEADER, STRENGTH_HEADER] : [])],
    rowCount: rows.length,
    slice: (start, end) =>
      rows.slice(start, end).map((row) => {
        const cells = specs.map((spec) => spec.text(row));
        if (sources) cells.push(sources(row));
        if (strength) cells.push(strength(row));
        return cells;
      }),
  };
}

export function tableText(
  rows: readonly TableRow[],
  columnIds: readonly ColumnId[],
  options: TableTextOptions,
): TableText {
  const table = lazyTableText(rows, columnIds, options);
  return { header: table.header, rows: table.slice(0, table.rowCount) };
}
