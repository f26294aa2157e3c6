// The shape of a SIPRI Arms Transfers Database trade-register export, as the site writes it: a
// preamble of notes (its last lines name the source and when the file was generated), then one
// header row and one row per deal. The header is what the app recognises the file by.

/** The header row, column by column. The three " " columns hold "?" when the value before is uncertain. */
export const SIPRI_HEADER = [
  'Recipient',
  'Supplier',
  'Year of order',
  ' ',
  'Number ordered',
  ' ',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  ' ',
  'Year(s) of delivery',
  'status',
  'Comments',
  'SIPRI TIV per unit',
  'SIPRI TIV for total order',
  'SIPRI TIV of delivered weapons',
] as const;

/** Where each field sits in a row. */
export const COLUMN = {
  recipient: 0,
  supplier: 1,
  orderYear: 2,
  orderYearFlag: 3,
  numberOrdered: 4,
  numberOrderedFlag: 5,
  designation: 6,
  description: 7,
  numberDelivered: 8,
  numberDeliveredFlag: 9,
  deliveryYears: 10,
  status: 11,
  comments: 12,
} as const;

/** The start of the header row, enough to tell the file apart from any other CSV. */
const headerStart = (delimiter: string) => SIPRI_HEADER.slice(0, 7).join(delimiter);
const DELIMITERS = [',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** How far into the file the header may start: the preamble is about 1,100 characters. */
export const HEADER_SEARCH_CHARS = 16_384;

export type Preamble = {
  /** Zero-based offset of the header row in the text. */
  headerOffset: number;
  /** How many lines come before the header row. */
  preambleLines: number;
  /** "13 Mar 2025 10:02:49 AM" as written, or null when the preamble was cut off. */
  generated: string | null;
  /** A comma as SIPRI writes it, or a tab in a file saved again as TSV. */
  delimiter: Delimiter;
};

/** Where the header is and what the preamble says, or null if this is not a SIPRI export. */
export function findPreamble(text: string): Preamble | null {
  const head = text.slice(0, HEADER_SEARCH_CHARS);
  let headerOffset = -1;
  let delimiter: Delimiter = ',';
  for (let at = 0; at < head.length && headerOffset < 0;) {
    for (const candidate of DELIMITERS) {
      if (head.startsWith(headerStart(candidate), at)) {
        headerOffset = at;
        delimiter = candidate;
      }
    }
    if (headerOffset >= 0) break;
    const next = head.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  if (headerOffset < 0) return null;
  const preamble = head.slice(0, headerOffset);
  const generated = /^Data generated:\s*(.+?)\s*$/m.exec(preamble)?.[1] ?? null;
  const preambleLines = preamble === '' ? 0 : preamble.split('\n').length - 1;
  return { headerOffset, preambleLines, generated, delimiter };
}

/** The header row's cells as written: up to the first line break, split at the delimiter. */
function headerCells(text: string, preamble: Preamble): string[] {
  const end = text.indexOf('\n', preamble.headerOffset);
  const row = text.slice(preamble.headerOffset, end < 0 ? undefined : end).replace(/\r$/, '');
  return row.split(preamble.delimiter).map((cell) => cell.replace(/^"(.*)"$/, '$1'));
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const named = (cell: string) => (cell.trim() === '' ? 'the blank uncertainty column' : `"${cell}"`);

/**
 * Why the header row is not SIPRI's whole header, or null. The file is recognised by the start
 * of its header; the rest is checked too, since every column is read by its place in the row.
 */
export function headerProblem(text: string, preamble: Preamble): string | null {
  const cells = headerCells(text, preamble);
  const line = preamble.preambleLines + 1;
  if (cells.length !== SIPRI_HEADER.length) {
    const missing = SIPRI_HEADER.filter((name) => !cells.some((cell) => sameName(cell, name)));
    return (
      `starts like a SIPRI trade-register export, but its header (line ${line}) has ${cells.length} columns where SIPRI's has ${SIPRI_HEADER.length}` +
      (missing.length > 0 ? ` (missing: ${missing.map(named).join(', ')})` : '') +
      '. Open the file as SIPRI wrote it, with every column'
    );
  }
  const at = SIPRI_HEADER.findIndex((name, index) => !sameName(cells[index] ?? '', name));
  if (at < 0) return null;
  return `starts like a SIPRI trade-register export, but column ${at + 1} of its header (line ${line}) is ${named(cells[at] ?? '')} where SIPRI writes ${named(SIPRI_HEADER[at] ?? '')}. Open the file as SIPRI wrote it, with its columns in their order`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "13 Mar 2025 10:02:49 AM" → { iso: "2025-03-13", text: "13 Mar 2025" }, or null. */
export function generationDate(generated: string): { iso: string; text: string } | null {
  const match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/.exec(generated);
  if (!match) return null;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const dayNumber = Number(day);
  if (month === 0 || dayNumber < 1 || dayNumber > 31) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  return { iso, text: `${dayNumber} ${monthName} ${year}` };
}
