// A SIPRI trade-register export as a catalogue file: the systems Iraq and Iran have in common,
// everything else they received as mentioned items, and the export as the one source in the
// register, with a locator for each record cited. The result is checked like any catalogue file.
import { CATALOGUE_FILE_KIND, type CatalogueFile } from '../schema';
import type { Locator, Source } from '../register-schema';
import { locatorOf, recordClaim, recordLabel, SIPRI_SOURCE_ID } from './deal-text';
import { readRecords, type SipriRecord, type UnreadLine } from './read-records';
import { groupRecords, sideOf } from './systems';
import { SIPRI_VOCABULARY } from './vocabulary';
import { findPreamble, generationDate, headerProblem } from './trade-register';

/** What the import says once the table is on screen. */
export type ImportReport = { title: string; details: string[] };

type TradeRegister = {
  file: CatalogueFile;
  report: ImportReport;
  unread: UnreadLine[];
  counts: { deals: number; iraq: number; iran: number; systems: number };
};

/** Unread lines the report lists by name; the rest are counted. */
const LISTED_UNREAD = 20;

const GRADE: Source['grade'] = {
  reliability: 'B',
  credibility: '2',
  reason:
    'A research institute\'s database, kept for decades and widely used, built from open sources it names in its methods. Each record is SIPRI\'s own estimate (it marks doubtful values with "?") and records a transfer, not what is in service today, so no record is taken as confirmed.',
};

const n = (count: number) => count.toLocaleString('en');

function publishedOf(
  generated: string | null,
  records: readonly SipriRecord[],
): Source['published'] {
  const date = generated ? generationDate(generated) : null;
  if (date) return { date: date.iso, precision: 'day', basis: 'stated' };
  const years = records.flatMap((record) => [record.orderYear, ...record.deliveryYears]);
  const latest =
    years
      .filter((year) => /^\d{4}$/.test(year))
      .sort()
      .at(-1) ?? '1950';
  return {
    date: latest,
    precision: 'year',
    basis: 'inferred',
    note: `The file has no "Data generated" line (its preamble was cut or changed); it was generated no earlier than ${latest}, the latest year in its records.`,
  };
}

/**
 * Why an export that holds no deal for Iraq or Iran is refused rather than opened as an empty
 * catalogue, which would replace the one on screen with nothing; or null.
 */
function nothingRead(rows: number, unread: readonly UnreadLine[], kept: number): string | null {
  if (rows === 0) {
    return "holds SIPRI's notes and header but no deal. Export the trade register again with Iraq and Iran among the recipients";
  }
  const first = unread[0];
  if (unread.length === rows && first) {
    return `is a SIPRI trade-register export, but none of its ${n(rows)} records could be read; the first, line ${n(first.line)}, ${first.reason}`;
  }
  if (kept === 0) {
    return `is a SIPRI trade-register export of ${n(rows - unread.length)} deals, none with Iraq or Iran as the recipient. Export the trade register again with Iraq and Iran among the recipients`;
  }
  return null;
}

/** Reads an export's text, or says why it is not one. Never throws. */
export function readTradeRegister(
  text: string,
  fileName: string,
  onProgress?: (done: number, total: number) => void,
): { ok: true; register: TradeRegister } | { ok: false; message: string } {
  const preamble = findPreamble(text);
  if (!preamble) return { ok: false, message: 'is not a SIPRI trade-register export' };
  const header = headerProblem(text, preamble);
  if (header) return { ok: false, message: header };
  const read = readRecords(text, preamble, (record) => sideOf(record) !== null, onProgress);
  const { records, unread } = read;
  const { systems, mentioned } = groupRecords(records);
  const published = publishedOf(preamble.generated, records);
  const when = preamble.generated ? generationDate(preamble.generated)?.text : null;
  const title = when
    ? `SIPRI trade register, generated ${when}`
    : 'SIPRI trade register (generation date not given)';
  const iraq = records.filter((record) => sideOf(record) === 'iraq').length;
  const iran = records.length - iraq;
  const deals = read.rows - unread.length;
  const nothing = nothingRead(read.rows, unread, records.length);
  if (nothing) return { ok: false, message: nothing };

  const cited = new Set(
    [
      ...systems.flatMap((system) => [...system.iraq, ...system.iran].flatMap((v) => v.cites)),
      ...mentioned.flatMap((item) => item.cites),
    ].map((cite) => cite.locator),
  );
  const locators: Locator[] = records
    .filter((record) => cited.has(locatorOf(record)))
    .map((record) => ({
      id: locatorOf(record),
      label: recordLabel(record),
      claim: recordClaim(record),
    }));
  if (locators.length === 0) {
    locators.push({
      id: 'preamble',
      label: `the preamble (lines 1–${preamble.preambleLines})`,
      claim:
        'What the export covers and when it was generated; the file holds no deal for Iraq or Iran.',
    });
  }
  const source: Source = {
    id: SIPRI_SOURCE_ID,
    file: `000_${fileName}`,
    title: 'SIPRI Arms Transfers Database: trade register',
    outlet: 'Stockholm International Peace Research Institute (SIPRI)',
    published,
    summary: `An export of the trade register: ${n(deals)} deals, Iraq the recipient in ${n(iraq)} and Iran in ${n(iran)}. Each deal gives the supplier, the years of order and delivery, the numbers ordered and delivered, and a comment; "?" after a value is SIPRI's mark that it is uncertain.`,
    grade: GRADE,
    locators,
  };
  const file: CatalogueFile = {
    kind: CATALOGUE_FILE_KIND,
    version: 1,
    title,
    description: `Read from ${fileName}: the systems SIPRI records going to both Iraq and Iran.`,
    catalogue: {
      version: 1,
      vocabulary: SIPRI_VOCABULARY,
      systems,
      mentioned,
      events: [],
      glossary: [],
    },
    register: { version: 1, sources: [source] },
  };
  const counts = { deals, iraq, iran, systems: systems.length };
  return { ok: true, register: { file, unread, counts, report: reportOf(title, counts, unread) } };
}

function reportOf(
  title: string,
  counts: TradeRegister['counts'],
  unread: readonly UnreadLine[],
): ImportReport {
  const common = `${n(counts.systems)} system${counts.systems === 1 ? '' : 's'} in common`;
  const others = counts.deals - counts.iraq - counts.iran;
  const setAside =
    others === 0
      ? []
      : [
          `${n(others)} deal${others === 1 ? '' : 's'} with another recipient ${others === 1 ? 'was' : 'were'} set aside.`,
        ];
  const details =
    unread.length === 0
      ? ['Every record in the file was read.', ...setAside]
      : [
          ...setAside,
          `${n(unread.length)} record${unread.length === 1 ? '' : 's'} could not be read${unread.length > LISTED_UNREAD ? `; the first ${LISTED_UNREAD} are listed` : ''}:`,
          ...unread.slice(0, LISTED_UNREAD).map((line) => `Line ${n(line.line)}: ${line.reason}.`),
          ...(unread.length > LISTED_UNREAD
            ? [`…and ${n(unread.length - LISTED_UNREAD)} more.`]
            : []),
        ];
  return {
    title: `${title}: ${n(counts.deals)} deals read; Iraq in ${n(counts.iraq)}, Iran in ${n(counts.iran)}; ${common}`,
    details,
  };
}
