import {
  toLazyTableText,
  type CellValue,
  type LazyTableText,
  type TableText,
} from './lazy-table-text';

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV Injection"),
 * plus NUL and, as a precaution, the full-width forms that NFKC normalisation turns into them.
 */
export const FORMULA_TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\0',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
] as const;

const triggers: ReadonlySet<string> = new Set(FORMULA_TRIGGERS);

// Invisible lead-ins (spaces, line breaks, controls, zero-width and bidi marks) are skipped
// before looking for a sign: some importers trim them, so " =1+1" can still become a formula.
const signAfterLeadIn = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

function looksLikeFormula(text: string): boolean {
  return triggers.has(text[0] ?? '') || signAfterLeadIn.test(text);
}

/**
 * Prefixes `'` to text a spreadsheet would evaluate. Only the start of the cell matters: a
 * quoted multi-line field is one cell to Excel and Sheets, so a later line cannot start a formula.
 */
export function neutraliseFormula(text: string): string {
  const first = text.charCodeAt(0);
  // Fast path: most cells start with a printable ASCII character that is not a trigger.
  if (first > 0x20 && first < 0x7f && !triggers.has(text[0] ?? '')) return text;
  return looksLikeFormula(text) ? `'${text}` : text;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
const csvNeedsQuotes = /[",\r\n]|^\s|\s$/;
const tsvNeedsQuotes = /["\t\r\n]/;

function numberText(value: number): string {
  // NaN and ±Infinity have no spreadsheet meaning; an empty cell is the honest rendering.
  return Number.isFinite(value) ? String(value) : '';
}

function quote(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** One field, quoted where the format's delimiters (or a neutralised formula) require it. */
const field =
  (needsQuotes: RegExp) =>
  (value: CellValue): string => {
    if (value === null) return '';
    if (typeof value === 'number') return numberText(value);
    const safe = neutraliseFormula(value);
    return safe !== value || needsQuotes.test(safe) ? quote(safe) : safe;
  };
const csvField = field(csvNeedsQuotes);
const tsvField = field(tsvNeedsQuotes);

function assertRectangular(
  rows: readonly (readonly CellValue[])[],
  width: number,
  firstIndex: number,
): void {
  rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new RangeError(
        `Row ${firstIndex + index + 1} has ${row.length} cells but the header has ${width}; every row must match the header.`,
      );
    }
  });
}

function csvRecord(fields: readonly CellValue[]): string {
  const line = fields.map(csvField).join(',');
  // A record made of one empty field would be a blank line, which parsers skip or misread.
  return line === '' ? '""' : line;
}

/** Rows per chunk of a file: big enough to be cheap to join, small enough to stay a few MB. */
export const ROWS_PER_CHUNK = 2000;

type Table = TableText | LazyTableText;
type ChunkOptions = { rowsPerChunk?: number };

/** The BOM (unless turned off) and the header record; the start of a CSV file. */
export function csvHead(table: Table, options: { bom?: boolean | undefined } = {}): string {
  const bom = options.bom === false ? '' : BOM;
  return table.header.length === 0 ? bom : bom + csvRecord(table.header) + CRLF;
}

/** The CSV records of rows [start, end), each ending in CRLF; they follow `csvHead`. */
export function csvRecords(table: Table, start: number, end: number): string {
  const rows = toLazyTableText(table).slice(start, end);
  const width = table.header.length;
  assertRectangular(rows, width, start);
  if (width === 0 || rows.length === 0) return '';
  // map/join per record and one join per chunk: `+=` over many records makes ropes that
  // cost about twice as much in V8, mostly in garbage collection.
  const lines = rows.map(csvRecord);
  lines.push('');
  return lines.join(CRLF);
}

function* chunks(
  table: Table,
  head: string,
  records: (table: Table, start: number, end: number) => string,
  rowsPerChunk: number,
): Generator<string, void, undefined> {
  if (head !== '') yield head;
  const lazy = toLazyTableText(table);
  for (let start = 0; start < lazy.rowCount; start += rowsPerChunk) {
    const text = records(lazy, start, Math.min(start + rowsPerChunk, lazy.rowCount));
    if (text !== '') yield text;
  }
}

/**
 * The CSV file as chunks of at most `rowsPerChunk` records, never one giant string; joined, they
 * are exactly `toCsv`'s text, and as Blob parts they are the file.
 */
export function csvChunks(
  table: Table,
  { bom, rowsPerChunk = ROWS_PER_CHUNK }: { bom?: boolean } & ChunkOptions = {},
): Generator<string, void, undefined> {
  return chunks(table, csvHead(table, { bom }), csvRecords, rowsPerChunk);
}

/**
 * RFC 4180 CSV: the header record first, every record terminated by CRLF (the last one too),
 * UTF-8 BOM in front by default so Excel reads the file as UTF-8 rather than the ANSI code page.
 */
export function toCsv(table: Table, options: { bom?: boolean } = {}): string {
  return [...csvChunks(table, options)].join('');
}

/** The TSV header line; the start of `toTsv`'s text. */
export function tsvHead(table: Table): string {
  return table.header.map(tsvField).join('\t');
}

/** The TSV lines of rows [start, end), each preceded by CRLF; they follow `tsvHead`. */
export function tsvRecords(table: Table, start: number, end: number): string {
  const rows = toLazyTableText(table).slice(start, end);
  const width = table.header.length;
  assertRectangular(rows, width, start);
  if (width === 0) return '';
  return rows.map((row) => CRLF + row.map(tsvField).join('\t')).join('');
}

/** `toTsv`'s text as chunks of at most `rowsPerChunk` lines. */
export function tsvChunks(
  table: Table,
  { rowsPerChunk = ROWS_PER_CHUNK }: ChunkOptions = {},
): Generator<string, void, undefined> {
  return chunks(table, tsvHead(table), tsvRecords, rowsPerChunk);
}

/**
 * Tab-separated text in the shape Excel itself puts on the clipboard: cells holding a tab,
 * line break or double quote are quoted with quotes doubled, which both Excel and Google Sheets
 * read back as one cell. Rows are separated (not terminated) by CRLF so a paste adds no blank row.
 */
export function toTsv(table: Table): string {
  return [...tsvChunks(table)].join('');
}

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

// Excel splits a <br> into a new row unless this style keeps it in the cell; others ignore it.
const lineBreak = '<br style="mso-data-placement:same-cell">';

function htmlCell(tag: 'th' | 'td', value: CellValue): string {
  const text =
    value === null
      ? ''
      : typeof value === 'number'
        ? numberText(value)
        : escapeHtml(neutraliseFormula(value)).replace(/\r\n|\r|\n/g, lineBreak);
  return `<${tag}>${text}</${tag}>`;
}

/**
 * The text/html clipboard flavour. Spreadsheets evaluate formulas pasted from HTML as well, so
 * text cells get the same neutralisation as in CSV and TSV.
 */
export function toHtmlTable(table: TableText): string {
  assertRectangular(table.rows, table.header.length, 0);
  const head = table.header.map((label) => htmlCell('th', label)).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((value) => htmlCell('td', value)).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
