// The boundary where the data enters the app: fetched at run time (so a broken file shows the error
// screen rather than breaking the build), validated once, and turned into problems a person can act on.
import * as v from 'valibot';
import catalogueUrl from '../../data/catalogue.json?url';
import registerUrl from '../../seeds/sources.json?url';
import { catalogueDateProblems, registerDateProblems } from './early-dates';
import { checkIntegrity } from './integrity';
import { cut, quoteReceived } from './quote';
import { CatalogueSchema, type Catalogue } from './schema';
import { SourceRegisterSchema, type Source } from './register-schema';

import type { CatalogueProblem } from './problem';

export type LoadedCatalogue = { catalogue: Catalogue; sources: Source[] };
export type LoadResult =
  { ok: true; data: LoadedCatalogue } | { ok: false; problems: CatalogueProblem[] };

export const CATALOGUE_FILE = 'data/catalogue.json';
export const REGISTER_FILE = 'seeds/sources.json';

type Issue = v.BaseIssue<unknown>;

/** `systems[0].iraq[0].operator`, or "(top level)" for the document itself. */
export function issuePath(issue: Issue): string {
  return pathText(issue.path ?? []);
}

function pathText(items: readonly v.IssuePathItem[]): string {
  let path = '';
  for (const item of items) {
    const key: unknown = item.key;
    // A key is the file's own text too: an unknown key may be megabytes long.
    const name = cut(String(key));
    path += typeof key === 'number' ? `[${key}]` : path === '' ? name : `.${name}`;
  }
  return path === '' ? '(top level)' : path;
}

/** `("a" | "b")` → `a, b` */
const listOptions = (expected: string) =>
  expected
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .map((option) => option.replace(/^"|"$/g, ''))
    .join(', ');

/** What is wrong, in words; any value from the file is cut to a readable length. */
export function issueMessage(issue: Issue): string {
  const received = quoteReceived(issue.received);
  if (issue.kind !== 'schema') {
    return issue.type === 'regex' ? `${issue.message} (got ${received})` : issue.message;
  }
  if (issue.type === 'custom') return issue.message;
  // A strict object reports its own key problems: "never" for an unknown key, '"key"' for a missing one.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a known property (check the spelling)';
  }
  if (issue.type === 'strict_object' && issue.expected?.startsWith('"')) {
    return 'is missing but required';
  }
  if (issue.type === 'picklist') {
    return `expected one of ${listOptions(issue.expected ?? '')} but got ${received}`;
  }
  return `expected ${issue.expected ?? 'something else'} but got ${received}`;
}

function toProblems(file: string, issues: readonly Issue[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const arrays = new Set<string>();
  for (const issue of issues) {
    // valibot reads an array where an object belongs as an object with the wrong keys (every
    // property missing, each index unknown); that is one problem, and not the one they describe.
    const items = issue.path ?? [];
    const array = items.findIndex((item) => item.type === 'object' && Array.isArray(item.input));
    if (array >= 0) {
      const path = pathText(items.slice(0, array));
      if (!arrays.has(path)) {
        arrays.add(path);
        problems.push({ file, path, message: 'expected Object but got Array' });
      }
    } else {
      problems.push({ file, path: issuePath(issue), message: issueMessage(issue) });
    }
  }
  return problems;
}

/** Validates both documents: shape first, then the links between them. */
export function parseCatalogue(catalogueJson: unknown, registerJson: unknown): LoadResult {
  const catalogue = v.safeParse(CatalogueSchema, catalogueJson);
  const register = v.safeParse(SourceRegisterSchema, registerJson);
  if (!catalogue.success || !register.success) {
    // The integrity checks will not run, so the dates are checked here, in both files.
    const problems = [
      ...(catalogue.success ? [] : toProblems(CATALOGUE_FILE, catalogue.issues)),
      ...catalogueDateProblems(catalogueJson, CATALOGUE_FILE),
      ...(register.success ? [] : toProblems(REGISTER_FILE, register.issues)),
      ...registerDateProblems(registerJson, REGISTER_FILE),
    ];
    return { ok: false, problems };
  }

  const integrity = checkIntegrity(catalogue.output, register.output.sources, {
    catalogue: CATALOGUE_FILE,
    register: REGISTER_FILE,
  });
  if (integrity.length > 0) return { ok: false, problems: integrity };
  return { ok: true, data: { catalogue: catalogue.output, sources: register.output.sources } };
}

type Fetched = { ok: true; json: unknown } | { ok: false; problem: CatalogueProblem };

async function fetchJson(fetchImpl: typeof fetch, url: string, file: string): Promise<Fetched> {
  const fail = (message: string, delivery?: CatalogueProblem['delivery']): Fetched => ({
    ok: false,
    problem: { file, path: '(file)', message, ...(delivery ? { delivery } : {}) },
  });
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    // fetch rejects only when no answer arrived (offline, refused, reset, blocked).
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`could not be fetched: the network request failed (${reason})`, 'network');
  }
  if (!response.ok) {
    return fail(
      `could not be fetched: HTTP ${response.status} ${response.statusText}`.trim(),
      'server',
    );
  }
  try {
    const text = await response.text();
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Fetches and validates the catalogue and its source register; never throws. */
export async function loadCatalogue(fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const [catalogue, register] = await Promise.all([
    fetchJson(fetchImpl, catalogueUrl, CATALOGUE_FILE),
    fetchJson(fetchImpl, registerUrl, REGISTER_FILE),
  ]);
  if (!catalogue.ok || !register.ok) {
    return {
      ok: false,
      problems: [catalogue, register].flatMap((result) => (result.ok ? [] : [result.problem])),
    };
  }
  return parseCatalogue(catalogue.json, register.json);
}
