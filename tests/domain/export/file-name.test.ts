import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_STEM_LENGTH,
  exportFileName,
  isWindowsReservedName,
  slugify,
} from '../../../src/domain/export/file-name';

const date = new Date(2026, 10, 21, 9, 30);
const name = (base: string, slugs: readonly string[] = []) =>
  exportFileName({ base, slugs, date, extension: 'csv' });

describe('exportFileName', () => {
  it('joins base, slugs and local date into a readable name', () => {
    expect(name('Iraq–Iran commonality', ['Tank', 'APC'])).toBe(
      'iraq-iran-commonality_tank-apc_2026-11-21.csv',
    );
  });

  it('uses the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 10, 21, 23, 59, 59);
    expect(exportFileName({ base: 'x', slugs: [], date: lateEvening, extension: 'csv' })).toBe(
      'x_2026-11-21.csv',
    );
    const newYear = new Date(2027, 0, 1, 0, 0, 1);
    expect(exportFileName({ base: 'x', slugs: [], date: newYear, extension: 'csv' })).toBe(
      'x_2027-01-01.csv',
    );
  });

  it('strips diacritics and transliterates letters NFKD leaves whole', () => {
    expect(name('Équipement', ['Straße', 'Ærø', 'Łódź', 'ﬁre', 'ＡＢＣ'])).toBe(
      'equipement_strasse-aero-lodz-fire-abc_2026-11-21.csv',
    );
  });

  it('drops slugs with no Latin letters or digits, such as Persian and Arabic text', () => {
    expect(name('commonality', ['تانک', 'دبابة', 'T-72', '   ', ''])).toBe(
      'commonality_t-72_2026-11-21.csv',
    );
  });

  it('falls back to "export" when the base has nothing usable', () => {
    expect(name('ایران و عراق', ['tank'])).toBe('export_tank_2026-11-21.csv');
  });

  it('collapses runs of punctuation and spaces into single hyphens', () => {
    expect(name('  --a  //  b--  ', ['c..d', '!e!'])).toBe('a-b_c-d-e_2026-11-21.csv');
  });

  it('caps the name before the extension at the maximum length, ending on a whole word', () => {
    const slugs = Array.from({ length: 40 }, (_, i) => `platform${i}`);
    const result = name('iraq-iran-commonality', slugs);
    const stem = result.replace(/\.csv$/, '');
    expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(stem).toMatch(/^iraq-iran-commonality_platform0-platform1-.*platform\d+_2026-11-21$/);
  });

  it('keeps the date even when the base alone is too long', () => {
    const result = name('a'.repeat(500), ['tank']);
    expect(result).toMatch(/^a+_2026-11-21\.csv$/);
    expect(result.length).toBe(MAX_STEM_LENGTH + '.csv'.length);
  });

  it('never produces a Windows-reserved name', () => {
    for (const reserved of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9']) {
      expect(isWindowsReservedName(name(reserved))).toBe(false);
      expect(isWindowsReservedName(name('', [reserved]))).toBe(false);
    }
  });

  it('refuses an invalid date', () => {
    expect(() =>
      exportFileName({ base: 'x', slugs: [], date: new Date(NaN), extension: 'csv' }),
    ).toThrow(RangeError);
  });

  it('is always safe on every OS, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 12 }),
        fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (base, slugs, when) => {
          const result = exportFileName({ base, slugs, date: when, extension: 'csv' });
          expect(result).toMatch(
            /^[a-z0-9]+(-[a-z0-9]+)*(_[a-z0-9]+(-[a-z0-9]+)*)?_\d{4}-\d{2}-\d{2}\.csv$/,
          );
          expect(result.length).toBeLessThanOrEqual(MAX_STEM_LENGTH + '.csv'.length);
          expect(isWindowsReservedName(result)).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('slugify', () => {
  it('lower-cases and keeps only ASCII letters, digits and single inner hyphens', () => {
    expect(slugify('  Main Battle Tank (MBT) — T-72M1  ')).toBe('main-battle-tank-mbt-t-72m1');
  });
});

describe('isWindowsReservedName', () => {
  it('recognises device names with or without an extension, in any case', () => {
    for (const reserved of [
      'CON',
      'con.csv',
      'Prn',
      'AUX.txt',
      'nul',
      'COM1',
      'com9.csv',
      'LPT3',
      'COM¹',
    ]) {
      expect(isWindowsReservedName(reserved)).toBe(true);
    }
  });

  it('accepts names that only start like a device name', () => {
    for (const ordinary of [
      'console.csv',
      'con_2026-11-21.csv',
      'com10',
      'auxiliary',
      'nul-data',
    ]) {
      expect(isWindowsReservedName(ordinary)).toBe(false);
    }
  });
});
