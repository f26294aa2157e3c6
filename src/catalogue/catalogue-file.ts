// An opened catalogue file, checked step by step so a worker (or, failing that, the page in short
// slices) can say how far it has got: read, shape of the envelope, each system, then the links
// between records. Nothing here touches the DOM; it runs the same in a worker and in tests.
import * as v from 'valibot';
import { checkIntegrity } from './integrity';
import { issueMessage, issuePath } from './issue-text';
import type { CatalogueProblem, FoundProblems } from './problem';
import { cut } from './quote';
import { stringPool } from './shared-strings';
import { asSystem } from './system-shape';
import {
  CATALOGUE_FILE_KIND,
  CatalogueFileSchema,
  SystemSchema,
  type CatalogueFile,
  type System,
} from './schema';

type OpenPhase = 'reading' | 'checking' | 'linking' | 'preparing';
export type OpenProgress = { phase: OpenPhase; done: number; total: number };

/** What the page shows about an opened file: where it came from and what it holds. */
export type CatalogueIdentity = {
  /** A short hash of the file's bytes: what links made on this catalogue carry. */
  id: string;
  fileName: string;
  title: string;
};
/** `problems` holds at most MAX_PROBLEMS of them; `total` is how many were found in all. */
export type CheckResult = { ok: true; file: CatalogueFile } | ({ ok: false } & FoundProblems);

/** What the checks after each stage would have looked at, when that stage fails. */
const AFTER_ENVELOPE = 'each system, and the links between facts and sources';
const AFTER_SYSTEMS = 'the links between facts and sources (ids, citations, dates)';

/** Problems kept before the rest are only counted: a broken file of 100,000 rows says enough. */
export const MAX_PROBLEMS = 200;
const PROGRESS_EVERY = 1000;

// The envelope without its systems, which are checked one by one below.
const EnvelopeSchema = v.strictObject({
  ...CatalogueFileSchema.entries,
  catalogue: v.strictObject({
    ...CatalogueFileSchema.entries.catalogue.entries,
    systems: v.array(v.unknown()),
  }),
});

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/**
 * Checks a catalogue file's text, yielding progress as it goes; returns the checked file or the
 * problems, each naming the file, the path inside it and what is wrong. Never throws.
 */
export function* checkCatalogueFile(
  text: string,
  fileName: string,
): Generator<OpenProgress, CheckResult> {
  const json = parseJson(text);
  if (!json.ok) {
    const problem = { file: fileName, path: '(file)', message: json.message };
    return { ok: false, problems: [problem], total: 1 };
  }
  return yield* checkCatalogueValue(json.value, fileName);
}

/** A file's text read as JSON, or why it is not JSON. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `is not valid JSON: ${cut(reason, 200)}` };
  }
}

/** The same checks on a value already read, such as one a SIPRI export was turned into. */
export function* checkCatalogueValue(
  json: unknown,
  fileName: string,
): Generator<OpenProgress, CheckResult> {
  const problem = (path: string, message: string): CatalogueProblem => ({
    file: fileName,
    path,
    message,
  });
  const fail = (
    problems: CatalogueProblem[],
    total = problems.length,
    unchecked?: string,
  ): CheckResult => ({
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS),
    total,
    ...(unchecked ? { unchecked } : {}),
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([
      problem('(top level)', `expected an object (a catalogue file) but got ${kindOf(json)}`),
    ]);
  }
  if ((json as { kind?: unknown }).kind !== CATALOGUE_FILE_KIND) {
    return fail([
      problem(
        'kind',
        `is not a catalogue file: "kind" must be "${CATALOGUE_FILE_KIND}" (see data/catalogue-file.schema.json)`,
      ),
    ]);
  }

  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    return fail(
      envelope.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => problem(issuePath(issue), issueMessage(issue))),
      envelope.issues.length,
      AFTER_ENVELOPE,
    );
  }
  const raw = envelope.output.catalogue.systems;
  const systems: System[] = [];
  const problems: CatalogueProblem[] = [];
  // Every system is checked so the count is true; only the first problems are worded.
  let issueCount = 0;
  const share = stringPool();
  for (let i = 0; i < raw.length; i += 1) {
    if (i % PROGRESS_EVERY === 0) yield { phase: 'checking', done: i, total: raw.length };
    const taken = asSystem(raw[i], share);
    if (taken) {
      if (issueCount === 0) systems.push(taken);
      continue;
    }
    const result = v.safeParse(SystemSchema, raw[i]);
    if (result.success) {
      if (issueCount === 0) systems.push(result.output);
      continue;
    }
    issueCount += result.issues.length;
    for (const issue of result.issues) {
      if (problems.length >= MAX_PROBLEMS) break;
      problems.push(problem(`catalogue.systems[${i}].${issuePath(issue)}`, issueMessage(issue)));
    }
  }
  if (issueCount > 0) return fail(problems, issueCount, AFTER_SYSTEMS);

  yield { phase: 'linking', done: 0, total: 1 };
  const { catalogue: rest, register, ...head } = envelope.output;
  const catalogue = { ...rest, systems };
  const labels = { catalogue: `${fileName}#catalogue`, register: `${fileName}#register` };
  const integrity = checkIntegrity(catalogue, register.sources, labels);
  if (integrity.length > 0) {
    return fail(
      integrity.slice(0, MAX_PROBLEMS).map((found) => ({
        ...found,
        file: fileName,
        path: `${found.file === labels.register ? 'register' : 'catalogue'}.${found.path}`,
        message: found.message
          .replaceAll(labels.register, 'the register')
          .replaceAll(labels.catalogue, 'the catalogue'),
      })),
      integrity.length,
    );
  }
  return { ok: true, file: { ...head, catalogue, register } };
}

/** Runs a check to the end, for tests and small files. */
export function runCheck(check: Generator<OpenProgress, CheckResult>): CheckResult {
  for (;;) {
    const step = check.next();
    if (step.done) return step.value;
  }
}

/** A short, stable id for a file's bytes: the first 12 hex digits of its SHA-256. */
export async function catalogueId(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
