// The whole view written out where the catalogue lives: the view's rows are found by the same
// query the table shows, then written a chunk of records at a time, each chunk handed to the page
// as a Blob part as soon as it is written, so the first bytes arrive before the last row is
// written and the page never holds the file as one string.
import { csvHead, csvRecords, ROWS_PER_CHUNK, tsvHead, tsvRecords } from '../../domain/export/csv';
import { lazyTableText } from '../../domain/export/table-text';
import { queryTable } from '../../domain/table/query';
import type { RowIndex } from '../../domain/table/row-index';
import type { TableRow } from '../../domain/table/rows';
import type { Source } from '../../catalogue/register-schema';
import type { CatalogueReply, CatalogueRequest } from './protocol';

export type ExportRequest = Extract<CatalogueRequest, { type: 'export' }>;

/** Writes the export; false if `isLive` turned false on the way, when nothing more is sent. */
export async function writeExport(
  held: { index: RowIndex; sources: readonly Source[] },
  { id, query, columns, format, withSources, bom }: ExportRequest,
  reply: (reply: CatalogueReply) => void,
  pause: () => Promise<void>,
  isLive: () => boolean,
): Promise<boolean> {
  const { order } = queryTable(held.index, query);
  const rows = Array.from(order, (position) => held.index.rows[position] as TableRow);
  const register = new Map(held.sources.map((source) => [source.id, source]));
  const table = lazyTableText(rows, columns, { withSources, register });
  const [head, records] =
    format === 'csv' ? [csvHead(table, { bom }), csvRecords] : [tsvHead(table), tsvRecords];
  const total = table.rowCount;
  const send = (text: string, done: number) =>
    reply({ id, type: 'part', part: new Blob([text]), done, total });
  if (head !== '') send(head, 0);
  for (let start = 0; start < total; start += ROWS_PER_CHUNK) {
    const end = Math.min(start + ROWS_PER_CHUNK, total);
    send(records(table, start, end), end);
    await pause();
    if (!isLive()) return false;
  }
  reply({ id, type: 'exported', rowCount: total });
  return true;
}
