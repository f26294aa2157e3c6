export type CellValue = string | number | null;

export type TableText = {
  header: readonly string[];
  rows: readonly (readonly CellValue[])[];
};

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

function assertRectangular(table: TableText): void {
  const width = table.header.length;
  table.rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new RangeError(
        `Row ${index + 1} has ${row.length} cells but the header has ${width}; every row must match the header.`,
      );
    }
  });
}

function csvRecord(fields: readonly CellValue[]): string {
  const line = fields.map(csvField).join(',');
  // A record made of one empty field would be a blank line, which parsers skip or misread.
  return line === '' ? '""' : line;
}

/**
 * RFC 4180 CSV: the header record first, every record terminated by CRLF (the last one too),
 * UTF-8 BOM in front by default so Excel reads the file as UTF-8 rather than the ANSI code page.
 */
export function toCsv(table: TableText, options: { bom?: boolean } = {}): string {
  assertRectangular(table);
  const bom = options.bom === false ? '' : BOM;
  if (table.header.length === 0) return bom;
  // map/join per record and one join at the end: `+=` over 100k records makes ropes that
  // cost about twice as much in V8, mostly in garbage collection.
  const lines = [bom + csvRecord(table.header)];
  for (const row of table.rows) lines.push(csvRecord(row));
  lines.push('');
  return lines.join(CRLF);
}

/**
 * Tab-separated text in the shape Excel itself puts on the clipboard: cells holding a tab,
 * line break or double quote are quoted with quotes doubled, which both Excel and Google Sheets
 * read back as one cell. Rows are separated (not terminated) by CRLF so a paste adds no blank row.
 */
export function toTsv(table: TableText): string {
  assertRectangular(table);
  if (table.header.length === 0) return '';
  return [table.header, ...table.rows].map((row) => row.map(tsvField).join('\t')).join(CRLF);
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
  assertRectangular(table);
  const head = table.header.map((label) => htmlCell('th', label)).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((value) => htmlCell('td', value)).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
