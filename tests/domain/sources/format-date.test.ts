import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/domain/sources/format-date';

describe('formatDate', () => {
  it('writes a day-precision date as day, month name and year', () => {
    expect(formatDate('2014-02-24', 'day')).toBe('24 February 2014');
  });

  it('drops the leading zero of the day', () => {
    expect(formatDate('2012-10-01', 'day')).toBe('1 October 2012');
  });

  it('writes a month-precision date as month name and year', () => {
    expect(formatDate('2014-12', 'month')).toBe('December 2014');
  });

  it('writes a year-precision date as the year alone', () => {
    expect(formatDate('2019', 'year')).toBe('2019');
  });

  it('never claims more precision than the record has', () => {
    expect(formatDate('2014-02-24', 'month')).toBe('February 2014');
    expect(formatDate('2014-02-24', 'year')).toBe('2014');
  });

  it('says no more than the date holds when the precision asks for more', () => {
    expect(formatDate('2014-02', 'day')).toBe('February 2014');
    expect(formatDate('2014', 'day')).toBe('2014');
    expect(formatDate('2014', 'month')).toBe('2014');
  });

  it('falls back to the year when the month is not a real one', () => {
    expect(formatDate('2014-13', 'month')).toBe('2014');
  });

  it('writes every real day with its year, month name and day number', () => {
    const day = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = date.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        expect(formatDate(iso, 'day')).toBe(expected);
      }),
    );
  });
});
