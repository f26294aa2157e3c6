// The deals of a SIPRI export, read with papaparse (quoted fields, line breaks inside comments,
// doubled quotes). Every row after the header becomes a record or an unread line with its reason;
// only a blank line is neither. Line numbers are the file's own, counted from 1.
import Papa from 'papaparse';
import { cut } from '../quote';
import { COLUMN, SIPRI_HEADER, type Preamble } from './trade-register';

export type SipriRecord = {
  /** The line the record starts on. */
  line: number;
  recipient: string;
  supplier: string;
  orderYear: string;
  orderYearUncertain: boolean;
  numberOrdered: string;
  numberOrderedUncertain: boolean;
  designation: string;
  description: string;
  numberDelivered: string;
  numberDeliveredUncertain: boolean;
  deliveryYears: string[];
  status: string;
  comments: string;
};

export type UnreadLine = { line: number; reason: string };

type ReadRecords = {
  records: SipriRecord[];
  unread: UnreadLine[];
  /** Records of all recipients, read or not: what the file holds. */
  rows: number;
};

/** SIPRI's longest comments run to a few hundred characters; a field past this is not a deal. */
export const MAX_FIELD_CHARS = 10_000;
const PROGRESS_EVERY = 20_000;

const flag = (value: string): boolean | null =>
  value === '' ? false : value === '?' ? true : null;

/** A row as a record, or why it cannot be one. */
function recordOf(fields: readonly string[], line: number): SipriRecord | string {
  if (fields.length !== SIPRI_HEADER.length) {
    return `has ${fields.length} fields where the header has ${SIPRI_HEADER.length}`;
  }
  const long = fields.findIndex((field) => field.length > MAX_FIELD_CHARS);
  if (long >= 0) {
    const name = SIPRI_HEADER[long]?.trim() || 'uncertainty mark';
    return `its "${name}" field is ${fields[long]?.length.toLocaleString('en')} characters long`;
  }
  const at = (index: number) => (fields[index] ?? '').trim();
  const flags = [COLUMN.orderYearFlag, COLUMN.numberOrderedFlag, COLUMN.numberDeliveredFlag].map(
    (index) => flag(at(index)),
  );
  const badFlag = flags.indexOf(null);
  if (badFlag >= 0) {
    const index = [COLUMN.orderYearFlag, COLUMN.numberOrderedFlag, COLUMN.numberDeliveredFlag][
      badFlag
    ];
    return `an uncertainty column holds "${cut(at(index ?? 0), 40)}" where only "?" or nothing belongs (are the columns shifted?)`;
  }
  if (at(COLUMN.recipient) === '') return 'names no recipient';
  if (at(COLUMN.designation) === '') return 'names no weapon designation';
  const orderYear = at(COLUMN.orderYear);
  if (orderYear !== '' && !/^\d{4}$/.test(orderYear)) {
    return `its year of order "${cut(orderYear, 40)}" is not a year`;
  }
  const deliveryYears = at(COLUMN.deliveryYears)
    .split(';')
    .map((year) => year.trim())
    .filter((year) => year !== '');
  return {
    line,
    recipient: at(COLUMN.recipient),
    supplier: at(COLUMN.supplier),
    orderYear,
    orderYearUncertain: flags[0] === true,
    numberOrdered: at(COLUMN.numberOrdered),
    numberOrderedUncertain: flags[1] === true,
    designation: at(COLUMN.designation).replace(/\s+/g, ' '),
    description: at(COLUMN.description).replace(/\s+/g, ' '),
    numberDelivered: at(COLUMN.numberDelivered),
    numberDeliveredUncertain: flags[2] === true,
    deliveryYears,
    status: at(COLUMN.status),
    comments: at(COLUMN.comments).replace(/\s+/g, ' '),
  };
}

const newlines = (text: string, from: number, to: number): number => {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
};

/**
 * Reads the rows after the header. `keep` says which records to hold on to (the others are
 * counted but not kept, so a file of 300,000 deals holds only the ones the table needs).
 */
export function readRecords(
  text: string,
  preamble: Preamble,
  keep: (record: SipriRecord) => boolean = () => true,
  onProgress: (done: number, total: number) => void = () => undefined,
): ReadRecords {
  const records: SipriRecord[] = [];
  const unread: UnreadLine[] = [];
  let rows = 0;
  const body = text.slice(preamble.headerOffset);
  // Line of the current row's start, and the offset in `body` it was counted up to.
  let line = preamble.preambleLines + 1;
  let counted = 0;
  let header = true;
  Papa.parse<string[]>(body, {
    delimiter: preamble.delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      line += newlines(body, counted, end);
      counted = end;
      // A sign of life for the page's watchdog while a large file is read.
      if (rows % PROGRESS_EVERY === 0) onProgress(end, body.length);
      // The cursor stops before the row's line break; it is counted with the next row.
      if (header) {
        header = false;
        return;
      }
      const fields = result.data;
      if (fields.length === 1 && (fields[0] ?? '').trim() === '') return;
      rows += 1;
      const error = result.errors[0];
      if (error) {
        unread.push({ line: start, reason: papaReason(error, start, line) });
        return;
      }
      const record = recordOf(fields, start);
      if (typeof record === 'string') unread.push({ line: start, reason: record });
      else if (keep(record)) records.push(record);
    },
  });
  return { records, unread, rows };
}

function papaReason(error: Papa.ParseError, start: number, end: number): string {
  if (error.code === 'MissingQuotes') {
    return end > start + 1
      ? `a quoted field opens here and is never closed, so lines ${start}–${end} were read as one field`
      : 'a quoted field opens here and is never closed';
  }
  if (error.code === 'InvalidQuotes') return 'has a stray quotation mark inside a field';
  return `could not be read as CSV (${cut(error.message, 80)})`;
}
