import { toHtmlTable, toTsv } from '../../domain/export/csv';
import type { TableText } from '../../domain/export/lazy-table-text';
import { copyText, writeRich } from '../shared/clipboard';

type CopyResult = 'rich' | 'plain';

/** Copies the table as TSV and, where the browser allows it, as an HTML table too. */
export async function copyTable(table: TableText): Promise<CopyResult> {
  const plain = toTsv(table);
  if (await writeRich(plain, toHtmlTable(table))) return 'rich';
  if (await copyText(plain)) return 'plain';
  throw new Error(
    'The browser did not allow copying to the clipboard. Try again, or download the table as CSV instead.',
  );
}
