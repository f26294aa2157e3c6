import { describe, expect, it } from 'vitest';
import { supplyText } from '../../../src/domain/table/cell-text';
import { deriveRows, withTrust } from '../../../src/domain/table/rows';
import { citationTest } from '../../../src/domain/sources/trust';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();
const rows = deriveRows(catalogue);
const grades = new Map(sources.map((source) => [source.id, source.grade]));

describe('supplyText', () => {
  it('says the filter set support aside, whichever filter it was, never that none is reported', () => {
    for (const trust of [
      { evidence: 'stated', minGrade: null },
      { evidence: 'all', minGrade: 'B2' },
    ] as const) {
      const counts = citationTest(trust, grades);
      const texts = rows.map((row) => supplyText(withTrust(row, counts)));
      const setAside = texts.filter((text) => /set aside/.test(text));
      expect(setAside.length, JSON.stringify(trust)).toBeGreaterThan(0);
      for (const text of setAside) {
        expect(text).toMatch(
          /^Nothing left by the filter \(\d+ set aside\)$|; \d+ more set aside by the filter$/,
        );
        expect(text).not.toMatch(/evidence filter|Nothing reported/);
      }
    }
  });
});
