import { deriveRow } from '../../../src/domain/table/rows';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { detailVariants } from '../../../src/domain/detail/variants';
import { detailText } from '../../../src/domain/export/detail-text';
import { trustTest } from '../../../src/domain/sources/trust';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();
const register = new Map(sources.map((source) => [source.id, source]));
const t72 = catalogue.systems.find((system) => system.id === 't-72') as System;
const rpg7 = catalogue.systems.find((system) => system.id === 'rpg-7') as System;

describe('detailText', () => {
  it('heads the file as the screen does and has one row per attribute shown', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: false });
    expect(text.header).toEqual(['Attribute', 'Iraq', 'Iran', 'Same or different']);
    expect(text.rows.map((row) => row[0])).toEqual(
      detailVariants(deriveRow(t72, BUILT_IN_VOCABULARY)).map((row) => row.attribute),
    );
    expect(text.rows[0]).toEqual(['Designation', 'T-72M1', 'T-72S', 'differs']);
    // Nothing stated for Iraq: the file does not call the two sides different.
    expect(text.rows.find((row) => row[0] === 'How it was obtained')).toEqual([
      'How it was obtained',
      '',
      'Licence-built in Iran',
      'one side stated',
    ]);
  });

  it('adds a sources column naming each citation once', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: true });
    expect(text.header.slice(-2)).toEqual(['Sources', 'Grade and evidence']);
    for (const row of text.rows) {
      expect(row).toHaveLength(text.header.length);
      const cites = String(row.at(-2)).split('; ');
      expect(new Set(cites).size).toBe(cites.length);
      expect(cites.every((cite) => /^S\d{3} /u.test(cite))).toBe(true);
    }
  });

  it('names each source beside its id when given the register', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: true, register });
    expect(text.rows[0]?.at(-2)).toBe(
      'S000 (Uskowi on Iran, Feb 2014) item 1; S005 (SIPRI Arms Transfers Database, 13 Mar 2025) line 14, line 19, line 20, line 25, line 37, line 38, line 39',
    );
  });

  it("gives each side's item grades and its stated or inferred mark, as the table's file does", () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: true, register });
    // Both sources state the Iraqi T-72M1 (credibility 1); SIPRI files Iran's T-72S otherwise (2).
    expect(text.rows[0]?.at(-1)).toBe('Iraq: B1/B2/C1, stated; Iran: B2/C2, stated');
    // A side with nothing shown has nothing to grade.
    const onlyIran = text.rows.find((row) => row[1] === '');
    expect(onlyIran?.at(-1)).toMatch(/^Iran: [^;]+$/);
  });

  it('says a side whose every citation the filter leaves out is set aside, not absent', () => {
    const counts = trustTest({ evidence: 'all', minGrade: 'B2' }, sources);
    const text = detailText(deriveRow(rpg7, BUILT_IN_VOCABULARY, counts), {
      withSources: true,
      register,
    });
    expect(text.rows[0]?.at(-1)).toBe(
      'Iraq: C3, set aside by the filter; Iran: C3, set aside by the filter',
    );
    // The variants themselves are still written out.
    expect(text.rows[0]?.[1]).not.toBe('');
  });

  it('leaves the grades out with the sources', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: false, register });
    expect(text.header).not.toContain('Grade and evidence');
    expect(text.rows.every((row) => row.length === 4)).toBe(true);
  });
});
