// The source register checked on its own: unique ids, file names that match ids, real dates.
import { dateProblem } from './date-problem';
import { duplicateIds } from './duplicate-ids';
import type { CatalogueProblem } from './problem';
import { quote } from './quote';
import { repeatedSourceProblem, repeatedSources } from './repeated-sources';
import type { Source } from './register-schema';

/**
 * The source register on its own: unique ids, file names that match ids, real dates. `cited`
 * counts the citations of each source, so a repeated id can say what it affects; it walks the
 * whole catalogue (2 s at 100,000 systems), so it is asked only when an id repeats.
 */
export function checkRegister(
  sources: readonly Source[],
  file: string,
  cited: () => ReadonlyMap<string, number> = () => new Map(),
): CatalogueProblem[] {
  const repeats = repeatedSources(sources);
  const counted = repeats.size > 0 ? cited() : new Map<string, number>();
  const problems = [...repeats].map(([index, first]) =>
    repeatedSourceProblem(sources, index, first, file, counted),
  );
  sources.forEach((source, i) => {
    const at = `sources[${i}]`;
    const number = source.id.slice(1);
    // A repeated id already names the record; its file name is reported with it. A seed
    // document's file starts with its number; a file kept under sources/ (the SIPRI extract)
    // keeps the name its publisher gave it.
    if (
      !repeats.has(i) &&
      !source.file.startsWith(`${number}_`) &&
      !/^sources\/[^/]+$/u.test(source.file)
    ) {
      problems.push({
        file,
        path: `${at}.file`,
        message: `source ${source.id} should name a file starting "${number}_" but names ${quote(source.file)}`,
      });
    }
    const dateIssue = dateProblem(source.published.date, source.published.precision);
    if (dateIssue) problems.push({ file, path: `${at}.published.date`, message: dateIssue });
    const reports = source.reports ?? [];
    problems.push(
      ...duplicateIds(reports, file, (j) => `${at}.reports[${j}]`, `report (in ${source.id})`),
    );
    // A report is graded on one axis, reliability; its reason says so, so it cannot stand for both.
    reports.forEach((report, j) => {
      if (!report.reason.startsWith(`Reliability ${report.reliability}:`)) {
        problems.push({
          file,
          path: `${at}.reports[${j}].reason`,
          message: `report ${quote(report.id)}'s reason should start "Reliability ${report.reliability}:" and give the ground for that grade`,
        });
      }
    });
    problems.push(
      ...duplicateIds(
        source.locators,
        file,
        (j) => `${at}.locators[${j}]`,
        `locator (in ${source.id})`,
      ),
    );
  });
  return problems;
}
