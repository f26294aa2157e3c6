import { deriveRow } from '../../../src/domain/table/rows';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { detailVariants } from '../../../src/domain/detail/variants';
import { detailText } from '../../../src/domain/export/detail-text';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();
const register = new Map(sources.map((source) => [source.id, source]));
const t72 = catalogue.systems.find((system) => system.id === 't-72') as System;

describe('detailText', () => {
  it('heads the file as the screen does and has one row per attribute shown', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: false });
    expect(text.header).toEqual(['Attribute', 'Iraq', 'Iran', 'Same or different']);
    expect(text.rows.map((row) => row[0])).toEqual(
      detailVariants(deriveRow(t72, BUILT_IN_VOCABULARY)).map((row) => row.attribute),
    );
    expect(text.rows[0]).toEqual(['Designation', 'T-72M1', 'T-72S', 'differs']);
  });

  it('adds a sources column naming each citation once', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: true });
    expect(text.header.at(-1)).toBe('Sources');
    for (const row of text.rows) {
      const cites = String(row.at(-1)).split('; ');
      expect(new Set(cites).size).toBe(cites.length);
      expect(cites.every((cite) => /^S\d{3} /u.test(cite))).toBe(true);
    }
  });

  it('names each source beside its id when given the register', () => {
    const text = detailText(deriveRow(t72, BUILT_IN_VOCABULARY), { withSources: true, register });
    expect(text.rows[0]?.at(-1)).toBe(
      'S000 (Uskowi on Iran, Feb 2014) item 1; S005 (SIPRI Arms Transfers Database, 13 Mar 2025) line 14, line 19, line 20, line 25, line 37, line 38, line 39',
    );
  });
});
