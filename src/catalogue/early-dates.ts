// Whether a date is on the calendar is an integrity check, and those run only on data of the right
// shape. A file with shape problems would then hide an impossible date such as 2014-13-45 until
// the rest was fixed, one more round trip for whoever edits it. So the dates are also read from
// the raw JSON, leniently, and reported together with the shape problems.
import { dateProblem } from './date-problem';
import type { CatalogueProblem } from './problem';
import { ISO_DATE_PATTERN } from './schema-fields';
import { DATE_PRECISION_IDS, type DatePrecision } from './vocabulary';

const PRECISION_OF_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function datesIn(
  list: unknown,
  file: string,
  at: (index: number) => string,
  dated: (item: Record<string, unknown>) => unknown,
): CatalogueProblem[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const holder = isRecord(item) ? dated(item) : undefined;
    if (!isRecord(holder)) return [];
    const { date, precision } = holder;
    // A date of the wrong form is a shape problem, reported as one.
    if (typeof date !== 'string' || !ISO_DATE_PATTERN.test(date)) return [];
    const stated = DATE_PRECISION_IDS.find((id) => id === precision);
    const problem = dateProblem(date, stated ?? PRECISION_OF_LENGTH[date.length] ?? 'day');
    return problem ? [{ file, path: `${at(index)}.date`, message: problem }] : [];
  });
}

/** Calendar problems in the catalogue's event dates, read from the raw JSON. */
export const catalogueDateProblems = (json: unknown, file: string): CatalogueProblem[] =>
  isRecord(json)
    ? datesIn(
        json.events,
        file,
        (i) => `events[${i}]`,
        (event) => event,
      )
    : [];

/** Calendar problems in the register's publication dates, read from the raw JSON. */
export const registerDateProblems = (json: unknown, file: string): CatalogueProblem[] =>
  isRecord(json)
    ? datesIn(
        json.sources,
        file,
        (i) => `sources[${i}].published`,
        (source) => source.published,
      )
    : [];
