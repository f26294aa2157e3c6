// The boundary where the data enters the app: fetched at run time (so a broken file shows the error
// screen rather than breaking the build), validated once, and turned into problems a person can act on.
import catalogueUrl from '../../data/catalogue.json?url';
import registerUrl from '../../seeds/sources.json?url';
import { CATALOGUE_FILE, REGISTER_FILE, type LoadResult } from './loaded';
import type { CatalogueProblem } from './problem';

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
  // The checks come in their own chunk, fetched alongside the files, not before them. A chunk
  // that does not arrive is a delivery problem like a file that does not.
  const checking = import('./parse-catalogue').catch((error: unknown) => ({
    failed: error instanceof Error ? error.message : String(error),
  }));
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
  const checks = await checking;
  if ('failed' in checks) {
    const message = `could not be checked: the part of the app that checks it did not load (${checks.failed})`;
    return {
      ok: false,
      problems: [{ file: CATALOGUE_FILE, path: '(file)', message, delivery: 'network' }],
    };
  }
  return checks.parseCatalogue(catalogue.json, register.json);
}
