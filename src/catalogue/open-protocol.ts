// What passes between the page and the worker that opens a catalogue file. The worker reads and
// checks the file and sends the systems back in chunks, so no single message takes the page long
// to receive; the same function runs on the page, in slices, where workers are unavailable.
import {
  catalogueId,
  checkCatalogueValue,
  parseJson,
  type CatalogueIdentity,
  type CheckResult,
  type OpenProgress,
} from './catalogue-file';
import { contentProblem, decodeFileText, encodingOf, sizeProblem } from './file-text';
import { foundIn, type FoundProblems } from './problem';
import type { Catalogue, System } from './schema';
import type { Source } from './register-schema';
import { decodeSipriText, isSipriExport, looksLikeTable } from './sipri/decode';
import type { ImportReport } from './sipri/read-trade-register';

export type OpenRequest = { file: Blob; fileName: string };

export type OpenMessage =
  | { type: 'progress'; progress: OpenProgress }
  /** `problems` lists at most MAX_PROBLEMS; `total` counts all that were found. */
  | ({ type: 'failed' } & FoundProblems)
  | { type: 'systems'; systems: System[] }
  | {
      type: 'done';
      identity: CatalogueIdentity;
      catalogue: Omit<Catalogue, 'systems'>;
      sources: Source[];
      /** What an import read, for a file in another format (a SIPRI export). */
      report?: ImportReport;
    };

export const SYSTEMS_PER_MESSAGE = 2000;

export const NOT_A_KNOWN_TABLE =
  'is a table (CSV or TSV) but not a SIPRI trade-register export. The app opens two kinds of file: ' +
  'its own catalogue files (.json, described in data/catalogue-file.schema.json) and trade-register ' +
  "exports of the SIPRI Arms Transfers Database (.csv), which start with SIPRI's notes and then the " +
  'header "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,…"';

type Checked = {
  check: Generator<OpenProgress, CheckResult>;
  /** The file's id, hashed while it is checked (the browser digests off the thread). */
  id: Promise<string>;
  report?: ImportReport;
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The id of a file's decoded text: the hash of its UTF-8, so the same text has the same id in any
 * encoding. A UTF-8 file already is that UTF-8, less any byte order mark: hashed as it is, which
 * saves re-encoding 250 MB at 100,000 systems.
 */
function textId(bytes: Uint8Array<ArrayBuffer>, text: () => string): Promise<string> {
  if (encodingOf(bytes) !== 'utf-8') return catalogueId(new TextEncoder().encode(text()));
  const marked = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  return catalogueId(marked ? bytes.subarray(UTF8_BOM.length) : bytes);
}

/** A file's check and id, by its format; or why it cannot be read. */
async function checkedFile(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  post: (message: OpenMessage) => void,
): Promise<Checked | string> {
  const empty = contentProblem(bytes);
  if (empty) return empty;
  if (isSipriExport(bytes)) {
    const decoded = decodeSipriText(bytes);
    if (!decoded.ok) return decoded.message;
    // Loaded when a SIPRI export is opened: the reader and its CSV parser stay out of the page's
    // first load (the worker and the single file keep them inline).
    const { readTradeRegister } = await import('./sipri/read-trade-register');
    const read = readTradeRegister(decoded.text, fileName, (done, total) =>
      post({ type: 'progress', progress: { phase: 'reading', done, total } }),
    );
    if (!read.ok) return read.message;
    const { file, report } = read.register;
    const id = catalogueId(new TextEncoder().encode(decoded.text));
    return { check: checkCatalogueValue(file, fileName), id, report };
  }
  if (looksLikeTable(fileName, bytes)) return NOT_A_KNOWN_TABLE;
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) return decoded.message;
  const id = textId(bytes, () => decoded.text);
  // Parsed here rather than inside the check, so the text (as large as the file) can go.
  const json = parseJson(decoded.text);
  if (!json.ok) return json.message;
  return { check: checkCatalogueValue(json.value, fileName), id };
}

/** Reads, checks and sends a file; `pause` lets the host breathe between slices. */
export async function openFile(
  { file, fileName }: OpenRequest,
  post: (message: OpenMessage) => void,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const refuse = (message: string) =>
    post({ type: 'failed', problems: [{ file: fileName, path: '(file)', message }], total: 1 });
  post({ type: 'progress', progress: { phase: 'reading', done: 0, total: file.size } });
  // Said before reading: reading 600 MB only to find it cannot become text wastes a minute.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) {
    refuse(tooLarge);
    return;
  }
  const checked = await file.arrayBuffer().then(
    (bytes) => checkedFile(new Uint8Array(bytes), fileName, post),
    (error: unknown) =>
      `could not be read: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (typeof checked === 'string') {
    refuse(checked);
    return;
  }
  const { check, id, report } = checked;
  let step = check.next();
  while (!step.done) {
    post({ type: 'progress', progress: step.value });
    await pause();
    step = check.next();
  }
  const result = step.value;
  if (!result.ok) {
    post({ type: 'failed', ...foundIn(result) });
    return;
  }
  const { systems, ...catalogue } = result.file.catalogue;
  for (let i = 0; i < systems.length; i += SYSTEMS_PER_MESSAGE) {
    post({ type: 'systems', systems: systems.slice(i, i + SYSTEMS_PER_MESSAGE) });
    await pause();
  }
  post({
    type: 'done',
    identity: {
      id: await id,
      fileName,
      title: result.file.title,
    },
    catalogue,
    sources: result.file.register.sources,
    ...(report ? { report } : {}),
  });
}
