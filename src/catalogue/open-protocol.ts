// What passes between the page and the worker that opens a catalogue file. The worker reads and
// checks the file and sends the systems back in chunks, so no single message takes the page long
// to receive; the same function runs on the page, in slices, where workers are unavailable.
import {
  catalogueId,
  checkCatalogueFile,
  checkCatalogueValue,
  type CatalogueIdentity,
  type CheckResult,
  type OpenProgress,
} from './catalogue-file';
import { decodeFileText, sizeProblem } from './file-text';
import type { CatalogueProblem } from './problem';
import type { Catalogue, Source, System } from './schema';
import { decodeSipriText, isSipriExport, looksLikeTable } from './sipri/decode';
import type { ImportReport } from './sipri/read-trade-register';

export type OpenRequest = { file: Blob; fileName: string };

export type OpenMessage =
  | { type: 'progress'; progress: OpenProgress }
  /** `problems` lists at most MAX_PROBLEMS; `total` counts all that were found. */
  | { type: 'failed'; problems: CatalogueProblem[]; total: number }
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

type Checked = { text: string; check: Generator<OpenProgress, CheckResult>; report?: ImportReport };

/** A file's text and the check it goes through, by its format; or why it cannot be read. */
async function checkedFile(
  bytes: Uint8Array,
  fileName: string,
  post: (message: OpenMessage) => void,
): Promise<Checked | string> {
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
    return { text: decoded.text, check: checkCatalogueValue(file, fileName), report };
  }
  if (looksLikeTable(fileName, bytes)) return NOT_A_KNOWN_TABLE;
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) return decoded.message;
  return { text: decoded.text, check: checkCatalogueFile(decoded.text, fileName) };
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
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    refuse(`could not be read: ${reason}`);
    return;
  }
  const checked = await checkedFile(new Uint8Array(bytes), fileName, post);
  if (typeof checked === 'string') {
    refuse(checked);
    return;
  }
  const { text, check, report } = checked;
  let step = check.next();
  while (!step.done) {
    post({ type: 'progress', progress: step.value });
    await pause();
    step = check.next();
  }
  const result = step.value;
  if (!result.ok) {
    post({ type: 'failed', problems: result.problems, total: result.total });
    return;
  }
  const { systems, ...catalogue } = result.file.catalogue;
  for (let i = 0; i < systems.length; i += SYSTEMS_PER_MESSAGE) {
    post({ type: 'systems', systems: systems.slice(i, i + SYSTEMS_PER_MESSAGE) });
    await pause();
  }
  post({
    type: 'done',
    // Hashed from the decoded text: the same file always gets the same id, in any realm.
    identity: {
      id: await catalogueId(new TextEncoder().encode(text)),
      fileName,
      title: result.file.title,
    },
    catalogue,
    sources: result.file.register.sources,
    ...(report ? { report } : {}),
  });
}
