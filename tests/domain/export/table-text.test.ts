import { describe, expect, it } from 'vitest';
import { tableText, rowSources } from '../../../src/domain/export/table-text';
import { exportHeader } from '../../../src/domain/table/column-groups';
import { FULL_COLUMN_IDS, GLANCE_COLUMN_IDS } from '../../../src/domain/table/column-sets';
import { COLUMN_IDS, COLUMN_SPECS } from '../../../src/domain/table/columns';
import { citationTest } from '../../../src/domain/sources/trust';
import { deriveRows, withTrust } from '../../../src/domain/table/rows';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();
const register = new Map(sources.map((source) => [source.id, source]));
const rows = deriveRows(catalogue);
const t72 = rows.filter((row) => row.id === 't-72');

describe('tableText', () => {
  it('gives each header its group where the group row would be lost outside the app', () => {
    const text = tableText(t72, FULL_COLUMN_IDS, { withSources: false });
    expect(text.header).toEqual([
      'System',
      'Platform type',
      'Assessment: Commonality',
      'Iraqi variant',
      'Iraqi operator',
      'Iranian variant',
      'Iranian operator',
      'How Iran has it',
      'Iran can supply: Platform',
      'Iran can supply: Own variant',
      'Iran can supply: Ammunition',
      'Iran can supply: Spares & servicing',
      'Iran can supply: Adapted weapons',
      'Iran can supply: Service experience',
      'General reference: Country of origin',
      'General reference: Main armament / calibre',
      'General reference: Ammunition family',
    ]);
    expect(text.rows[0]?.slice(0, 2)).toEqual(['T-72', 'Main battle tank']);
    expect(text.rows[0]?.[3]).toBe('T-72M1');
  });

  it("writes the glance table's one cell of what Iran can supply under a header that stands alone", () => {
    const text = tableText(t72, GLANCE_COLUMN_IDS, { withSources: false });
    expect(text.header).toEqual([
      'System',
      'Assessment: Commonality',
      'Iraqi variant',
      'Iranian variant',
      'Iran can supply: Summary',
    ]);
    // The platform is 'built' (a source says Iran built it, not that it still does).
    expect(text.rows[0]?.[4]).toBe('Makes ammunition, spares & servicing; has built platform');
  });

  it('ends every export header with the header on screen', () => {
    for (const id of COLUMN_IDS) {
      expect(exportHeader(COLUMN_SPECS[id]).endsWith(COLUMN_SPECS[id].header)).toBe(true);
    }
  });

  it('names each source beside its id in the sources column', () => {
    const text = tableText(t72, ['system', 'cap-ammunition', 'origin'], {
      withSources: true,
      register,
    });
    expect(text.header.slice(-2)).toEqual(['Sources', 'Grade and evidence']);
    expect(text.rows[0]?.at(-2)).toMatch(
      /^S000 \(Uskowi on Iran, Feb 2014\) item 1(, [a-z]+ \d+)*; S005 \(SIPRI Arms Transfers Database, 13 Mar 2025\) line 14(, line \d+)*; general reference \(not from a source\): Country of origin$/,
    );
  });

  it('cites a source the register lacks by id alone', () => {
    const row = t72[0];
    expect(row && rowSources(row, ['system'])).toBe(
      'S000 item 1; S005 line 14, line 19, line 20, line 25, line 37, line 38, line 39',
    );
  });

  it('keeps every other cell as it was when the sources come with grades', () => {
    const plain = tableText(rows, COLUMN_IDS, { withSources: false });
    const full = tableText(rows, COLUMN_IDS, { withSources: true, register });
    expect(full.header.slice(0, -2)).toEqual(plain.header);
    expect(full.rows.map((row) => row.slice(0, -2))).toEqual(plain.rows);
  });

  it("gives each fact's grade and stated/inferred mark in the last column", () => {
    const text = tableText(t72, FULL_COLUMN_IDS, { withSources: true, register });
    expect(text.rows[0]?.at(-1)).toBe(
      [
        'Assessment: Commonality: C3, rests on an inference',
        // Two sources agree on the Iraqi T-72M1 (C1 and B1; SIPRI's inferred record keeps B2)
        // and differ on the Iranian version (C2 and B2).
        'Iraqi variant: B1/B2/C1, stated',
        'Iraqi operator: B1/B2/C1, stated',
        'Iranian variant: B2/C2, stated',
        'Iranian operator: B2/C2, stated',
        'How Iran has it: B2/C2, stated',
        'Iran can supply: Platform: B1/C1, stated',
        'Iran can supply: Ammunition: C3, stated',
        'Iran can supply: Spares & servicing: C3, inferred',
      ].join('; '),
    );
  });

  it('says "set aside by the filter" in the file, never "None", under a grade filter (N1)', () => {
    const grades = new Map(sources.map((source) => [source.id, source.grade]));
    const strict = citationTest({ evidence: 'all', minGrade: 'B2' }, grades);
    const filtered = rows.map((row) => withTrust(row, strict));
    const text = tableText(filtered, ['system', 'commonality', 'cap-ammunition'], {
      withSources: true,
      register,
    });
    // Every row but the T-72's, whose licence production SIPRI confirms (Low, on that record).
    expect(text.rows[0]?.[1]).toMatch(/^Low · stated outright · .*some support set aside/);
    for (const row of text.rows.slice(1)) {
      expect(row[1]).toBe('Set aside by the filter');
      expect(row[2]).toMatch(/ · set aside by the filter$/);
      expect(row.at(-1)).toMatch(/^Assessment: Commonality: C3, set aside by the filter; /);
      expect(row.join(' ')).not.toMatch(/\bNone\b|report no/);
    }
  });
});
