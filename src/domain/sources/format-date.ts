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
export function formatDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (precision === 'year' || !monthName) return year ?? date;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
