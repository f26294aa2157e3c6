// The table as the user sees it, as text: the rows in their order, the visible
// columns with their on-screen headers, and optionally a sources column so the file stands alone.
import { citationText } from '../sources/citation-text';
import { COLUMN_SPECS, type ColumnId } from '../table/columns';
import type { TableRow } from '../table/rows';
import type { TableText } from './csv';

export const SOURCES_HEADER = 'Sources';

/** "S000 item 1; S001 para 12", then any general-reference facts the row shows. */
export function rowSources(row: TableRow, columnIds: readonly ColumnId[]): string {
  const cites = new Set<string>();
  const references: string[] = [];
  for (const id of columnIds) {
    const source = COLUMN_SPECS[id].source(row);
    if (source.basis === 'sourced') for (const cite of source.cites) cites.add(citationText(cite));
    if (source.basis === 'reference') references.push(COLUMN_SPECS[id].header);
  }
  const parts = [...cites].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (references.length > 0)
    parts.push(`general reference (not from a source): ${references.join(', ')}`);
  return parts.join('; ');
}

export function tableText(
  rows: readonly TableRow[],
  columnIds: readonly ColumnId[],
  { withSources }: { withSources: boolean },
): TableText {
  return {
    header: [
      ...columnIds.map((id) => COLUMN_SPECS[id].header),
      ...(withSources ? [SOURCES_HEADER] : []),
    ],
    rows: rows.map((row) => [
      ...columnIds.map((id) => COLUMN_SPECS[id].text(row)),
      ...(withSources ? [rowSources(row, columnIds)] : []),
    ]),
  };
}
