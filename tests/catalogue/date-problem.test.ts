import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../src/catalogue/date-problem';

describe('dateProblem', () => {
  it.each([
    ['2014', 'year'],
    ['2014-12', 'month'],
    ['2016-02-29', 'day'],
    ['2012-10-09', 'day'],
  ] as const)('accepts %s at %s precision', (date, precision) => {
    expect(dateProblem(date, precision)).toBeNull();
  });

  it.each([
    ['2015-02-29', 'day', /not a day/],
    ['2014-13', 'month', /no month 13/],
    ['2014-00-10', 'day', /no month 0/],
    ['2014-04-31', 'day', /not a day/],
    ['2014-02', 'day', /month precision/],
    ['14-02-24', 'day', /not a date/],
  ] as const)('rejects %s at %s precision', (date, precision, message) => {
    expect(dateProblem(date, precision)).toMatch(message);
  });
});
