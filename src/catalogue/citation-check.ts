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

/** Problems with one record's citations; `at` is the record's path. */
export function checkCitations(
  cites: readonly Citation[],
  at: string,
  locatorsBySource: LocatorsBySource,
  files: IntegrityFiles,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const firstAt = new Map<string, number>();
  cites.forEach((cite, k) => {
    const place = `${cite.source} ${cite.locator}`;
    const first = firstAt.get(place);
    if (first === undefined) firstAt.set(place, k);
    else {
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
