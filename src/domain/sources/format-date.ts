import type { DatePrecision } from '../../catalogue/vocabulary';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "24 February 2014", "February 2014" or "2014", as precise as the record is. */
export function formatDate(
  date: string,
  precision: DatePrecision,
  { short = false }: { short?: boolean } = {},
): string {
  const [year, month, day] = date.split('-');
  const fullName = MONTHS[Number(month) - 1] ?? '';
  // "Feb 2014" where space is short (a file's Sources column); "Sept" would be the only odd one.
  const monthName = short ? fullName.slice(0, 3) : fullName;
  if (precision === 'year' || !monthName) return year ?? date;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
