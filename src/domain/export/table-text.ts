// The table as the user sees it, as text: the rows in their order, the visible columns, and
// optionally a sources column, so the file stands alone. A header carries its group where the
// group row above it would be lost ("Iran can supply: Ammunition"), and the sources column names
// each source beside its id ("S000 (Uskowi on Iran, Feb 2014) item 1").
import type { Citation, Source } from '../../catalogue/schema';
import { citationsText } from '../sources/citation-text';
import { COLUMN_SPECS, exportHeader, type ColumnId } from '../table/columns';
import type { TableRow } from '../table/rows';
import type { TableText } from './csv';

export const SOURCES_HEADER = 'Sources';

/** The source register by id, as the export builders read it. */
export type SourceRegisterIndex = ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>>;
const NO_REGISTER: SourceRegisterIndex = new Map();

/** The citations of the columns shown, then any general-reference facts the row shows. */
export function rowSources(
  row: TableRow,
  columnIds: readonly ColumnId[],
  register: SourceRegisterIndex = NO_REGISTER,
): string {
  const cites: Citation[] = [];
  const references: string[] = [];
  for (const id of columnIds) {
    const source = COLUMN_SPECS[id].source(row);
    if (source.basis === 'sourced') cites.push(...source.cites);
    if (source.basis === 'reference') references.push(COLUMN_SPECS[id].header);
  }
  const parts = cites.length > 0 ? [citationsText(cites, register)] : [];
  if (references.length > 0)
    parts.push(`general reference (not from a source): ${references.join(', ')}`);
  return parts.join('; ');
}

export function tableText(
  rows: readonly TableRow[],
  columnIds: readonly ColumnId[],
  { withSources, register = NO_REGISTER }: { withSources: boolean; register?: SourceRegisterIndex },
): TableText {
  return {
    header: [
      ...columnIds.map((id) => exportHeader(COLUMN_SPECS[id])),
      ...(withSources ? [SOURCES_HEADER] : []),
    ],
    rows: rows.map((row) => [
      ...columnIds.map((id) => COLUMN_SPECS[id].text(row)),
      ...(withSources ? [rowSources(row, columnIds, register)] : []),
    ]),
  };
}
