// Where each shown column's facts come from, for one row at a time: the export's sources column
// and its strength column both ask, and at 100,000 rows working it out twice per row was a
// large part of the file's time (issue 19).
import type { CellSource } from '../sources/cell-source';
import type { ColumnSpec } from '../table/columns';
import type { TableRow } from '../table/rows';

export type RowCellSources = (row: TableRow) => readonly CellSource[];

/** Each spec's source for the row last asked about, worked out once however often it is asked. */
export function rowCellSources(specs: readonly ColumnSpec[]): RowCellSources {
  let last: TableRow | null = null;
  let sources: readonly CellSource[] = [];
  return (row) => {
    if (row !== last) {
      last = row;
      sources = specs.map((spec) => spec.source(row));
    }
    return sources;
  };
}
