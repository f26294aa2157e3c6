// Whether a date in a file is a real one, at the precision the record says it has.
import { ISO_DATE_PATTERN } from './schema-fields';
import type { DatePrecision } from './vocabulary';
import { quote } from './quote';

const PRECISION_OF_FORM: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** Why an ISO date at the given precision is not a real one, or null if it is. */
export function dateProblem(date: string, precision: DatePrecision): string | null {
  const form = PRECISION_OF_FORM[date.length];
  if (!ISO_DATE_PATTERN.test(date) || form === undefined) {
    return `${quote(date)} is not a date of the form 2014, 2014-02 or 2014-02-24`;
  }
  if (form !== precision) {
    return `${quote(date)} is written at ${form} precision but precision says ${precision}`;
  }
  const [year, month, day] = date.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `${quote(date)} has no month ${month}`;
  }
  if (year !== undefined && month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return `${quote(date)} is not a day of that month`;
  }
  return null;
}
