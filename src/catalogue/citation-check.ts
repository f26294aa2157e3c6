// A record's citations: each passage cited once, and each pointing at a source and locator the
// register has.
import type { CatalogueProblem } from './problem';
import { cut, quote } from './quote';
import type { Citation } from './schema';

/** The names of the two files a problem can be in. */
export type IntegrityFiles = { catalogue: string; register: string };

/** The locator ids and report ids of each source in the register. */
export type LocatorsBySource = ReadonlyMap<
  string,
  { locators: ReadonlySet<string>; reports: ReadonlySet<string> }
>;

const LOOK_BACK_LIMIT = 16;

const samePassage = (a: Citation, b: Citation) => a.source === b.source && a.locator === b.locator;

/** Where `cites` first cites the passage `cite` cites, if before `k`. */
function earlierAt(cites: readonly Citation[], cite: Citation, k: number): number | undefined {
  for (let j = 0; j < k; j += 1) if (samePassage(cites[j] as Citation, cite)) return j;
  return undefined;
}

/** The same, through a map of the passages seen so far, which it adds `cite` to. */
function keyedFirst(seen: Map<string, number>, cite: Citation, k: number): number | undefined {
  const place = `${cite.source} ${cite.locator}`;
  const first = seen.get(place);
  if (first === undefined) seen.set(place, k);
  return first;
}

/** Problems with one record's citations; `at` is the record's path. */
export function checkCitations(
  cites: readonly Citation[],
  at: string,
  locatorsBySource: LocatorsBySource,
  files: IntegrityFiles,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  // A record cites a few passages: an earlier one is found by looking back, with no key made for
  // each citation of a 100,000-system file; a record with very many looks them up by key.
  const firstAt = cites.length > LOOK_BACK_LIMIT ? new Map<string, number>() : null;
  cites.forEach((cite, k) => {
    const first = firstAt ? keyedFirst(firstAt, cite, k) : earlierAt(cites, cite, k);
    if (first !== undefined) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}]`,
        message: `cites ${cite.source} ${cut(cite.locator)} a second time (first at ${at}.cites[${first}]): cite each passage once`,
      });
    }
    const parts = locatorsBySource.get(cite.source);
    if (!parts) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}].source`,
        message: `cites source ${cite.source}, which is not in ${files.register}`,
      });
    } else if (!parts.locators.has(cite.locator)) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}].locator`,
        message: `cites locator ${quote(cite.locator)}, which source ${cite.source} in ${files.register} does not have`,
      });
    }
    // A citation that rests on a report the source relays takes that report's reliability, so
    // the report must be listed with the source (issue 21, N22).
    if (parts && cite.report !== undefined && !parts.reports.has(cite.report)) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}].report`,
        message: `rests on report ${quote(cite.report)}, which source ${cite.source} in ${files.register} does not list`,
      });
    }
  });
  return problems;
}
