import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPABILITY_KIND_IDS,
  OPERATOR_IDS,
  type CapabilityKind,
} from '../../../src/catalogue/vocabulary';
import { deriveRows, type TableRow } from '../../../src/domain/table/rows';
import {
  hasEveryCapability,
  hasSomeOperator,
  matchesTerms,
  searchTerms,
} from '../../../src/domain/table/filters';
import { loadShippedCatalogue } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);
const rowById = (id: string): TableRow => {
  const row = rows.find((entry) => entry.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const idsWhere = (keep: (row: TableRow) => boolean) => rows.filter(keep).map((row) => row.id);

describe('hasSomeOperator', () => {
  it('keeps every row when no operator is chosen', () => {
    expect(idsWhere((row) => hasSomeOperator(row, []))).toHaveLength(rows.length);
  });

  it('keeps rows with any one of the chosen operators', () => {
    expect(idsWhere((row) => hasSomeOperator(row, ['iraqi-air-force']))).toEqual(['mi-17']);
    expect(idsWhere((row) => hasSomeOperator(row, ['iraqi-air-force', 'irgc']))).toEqual([
      'mi-17',
      'akm',
    ]);
  });

  it('drops a row none of whose operators is chosen', () => {
    expect(hasSomeOperator(rowById('t-72'), ['irgc-af'])).toBe(false);
  });
});

describe('hasEveryCapability', () => {
  it('keeps every row when no capability is required', () => {
    expect(idsWhere((row) => hasEveryCapability(row, []))).toHaveLength(rows.length);
  });

  it('keeps only rows reporting all the required capabilities', () => {
    expect(idsWhere((row) => hasEveryCapability(row, ['own-variant']))).toEqual(['rpg-7', 'akm']);
    expect(idsWhere((row) => hasEveryCapability(row, ['ammunition', 'spares']))).toEqual([
      't-72',
      'm109',
      'm113',
    ]);
    expect(idsWhere((row) => hasEveryCapability(row, ['platform', 'own-variant']))).toEqual([]);
  });

  it('never lets a capability requirement admit more rows than a smaller requirement', () => {
    const kinds = fc.uniqueArray(fc.constantFrom(...CAPABILITY_KIND_IDS));
    fc.assert(
      fc.property(kinds, fc.constantFrom(...CAPABILITY_KIND_IDS), (required, extra) => {
        const before = idsWhere((row) => hasEveryCapability(row, required));
        const after = idsWhere((row) => hasEveryCapability(row, [...required, extra]));
        expect(after.length).toBeLessThanOrEqual(before.length);
        expect(before).toEqual(expect.arrayContaining(after));
      }),
    );
  });

  it('ignores the order in which capabilities are required', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...CAPABILITY_KIND_IDS]), (required: CapabilityKind[]) => {
        const reversed = [...required].reverse();
        expect(idsWhere((row) => hasEveryCapability(row, reversed))).toEqual(
          idsWhere((row) => hasEveryCapability(row, required)),
        );
      }),
    );
  });
});

describe('hasSomeOperator, as a law', () => {
  it('never loses a row when another operator is added to the choice', () => {
    const operators = fc.uniqueArray(fc.constantFrom(...OPERATOR_IDS), { minLength: 1 });
    fc.assert(
      fc.property(operators, fc.constantFrom(...OPERATOR_IDS), (chosen, extra) => {
        const before = idsWhere((row) => hasSomeOperator(row, chosen));
        const after = idsWhere((row) => hasSomeOperator(row, [...chosen, extra]));
        expect(after).toEqual(expect.arrayContaining(before));
      }),
    );
  });
});

describe('searchTerms', () => {
  it('splits on any run of white space and lower-cases each word', () => {
    expect(searchTerms('  T-72S \t IRGC\n')).toEqual(['t-72s', 'irgc']);
  });

  it('gives no terms for empty or blank text', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });
});

/** A search as the table runs it: the query split into terms once, then matched per row. */
const matchesSearch = (row: TableRow, query: string) => matchesTerms(row, searchTerms(query));

describe('matchesSearch', () => {
  it('matches every row when the search is empty', () => {
    expect(idsWhere((row) => matchesSearch(row, ''))).toHaveLength(rows.length);
  });

  it('matches names, designations and operators whatever their case', () => {
    expect(idsWhere((row) => matchesSearch(row, 't-72s'))).toEqual(['t-72']);
    expect(idsWhere((row) => matchesSearch(row, 'FEDERAL police'))).toEqual(['rpg-7']);
    expect(idsWhere((row) => matchesSearch(row, 'IrGc'))).toEqual(['mi-17', 'akm']);
  });

  it('needs every word to appear somewhere in the row, in any order', () => {
    expect(idsWhere((row) => matchesSearch(row, 'm113 artesh'))).toEqual(['m113']);
    expect(idsWhere((row) => matchesSearch(row, 'artesh m113'))).toEqual(['m113']);
    expect(idsWhere((row) => matchesSearch(row, 'irgc rifle'))).toEqual(['akm']);
    expect(idsWhere((row) => matchesSearch(row, 'irgc tank'))).toEqual([]);
  });

  it('never matches more rows when a word is added', () => {
    const word = fc.constantFrom('t', 'army', 'irgc', '72', 'iran', 'm', 'rpg', 'x', 'air');
    fc.assert(
      fc.property(fc.array(word), word, (words, extra) => {
        const before = idsWhere((row) => matchesSearch(row, words.join(' ')));
        const after = idsWhere((row) => matchesSearch(row, [...words, extra].join(' ')));
        expect(before).toEqual(expect.arrayContaining(after));
      }),
    );
  });
});
