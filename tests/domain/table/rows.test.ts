import { BUILT_IN_VOCABULARY, operatorLabel } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { isReported } from '../../../src/catalogue/vocabulary';
import {
  acquisitionLabels,
  deriveRow,
  deriveRows,
  designations,
  operatorLabels,
  withTrust,
} from '../../../src/domain/table/rows';
import { citationTest } from '../../../src/domain/sources/trust';
import { COLUMN_SPECS } from '../../../src/domain/table/columns';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue } = loadShippedCatalogue();
const rows = deriveRows(catalogue);

const cite = { source: 'S000', locator: 'item-1', confidence: 'stated' } as const;

/** A system with two Iraqi and two Iranian variants, where operators and acquisitions repeat. */
const twoVariantSystem: System = {
  id: 'test',
  name: 'Test System',
  platformType: 'apc',
  summary: 'A test system.',
  iraq: [
    { id: 'a', designation: 'Alpha-1', operator: 'iraqi-army', cites: [cite] },
    { id: 'b', designation: 'Alpha-2', operator: 'iraqi-army', cites: [cite] },
  ],
  iran: [
    {
      id: 'c',
      designation: 'Bravo',
      operator: 'irgc',
      acquisition: 'in-service',
      cites: [cite],
    },
    {
      id: 'd',
      designation: 'Charlie',
      operator: 'irgc',
      acquisition: 'in-service',
      cites: [cite],
    },
  ],
  capabilities: [
    { kind: 'spares', status: 'makes', detail: 'spares', cites: [cite] },
    { kind: 'platform', status: 'not-reported', detail: 'platform', cites: [cite] },
    { kind: 'ammunition', status: 'offers', detail: 'ammunition', cites: [cite] },
  ],
  reference: {},
};

describe('deriveRows', () => {
  it('gives one row per system, in catalogue order, keyed by the system id', () => {
    expect(rows.map((row) => row.id)).toEqual(catalogue.systems.map((system) => system.id));
    expect(rows.map((row) => row.system)).toEqual(catalogue.systems);
  });

  it('lists each operator of either country once', () => {
    for (const row of rows) {
      const expected = [...row.system.iraq, ...row.system.iran].map((variant) => variant.operator);
      expect(new Set(row.operators)).toEqual(new Set(expected));
      expect(row.operators).toHaveLength(new Set(row.operators).size);
    }
  });

  it('lists as reported exactly the capabilities whose status is reported', () => {
    for (const row of rows) {
      const reported = row.system.capabilities
        .filter((capability) => isReported(capability.status))
        .map((capability) => capability.kind);
      expect(new Set(row.reportedCapabilities)).toEqual(new Set(reported));
    }
  });

  it('puts every designation and operator of both sides in the lower-case search text', () => {
    for (const row of rows) {
      expect(row.searchText).toBe(row.searchText.toLowerCase());
      expect(row.searchText).toContain(row.system.name.toLowerCase());
      for (const variant of [...row.system.iraq, ...row.system.iran]) {
        expect(row.searchText).toContain(variant.designation.toLowerCase());
        expect(row.searchText).toContain(
          operatorLabel(BUILT_IN_VOCABULARY, variant.operator).toLowerCase(),
        );
      }
    }
  });
});

describe('deriveRow', () => {
  const row = deriveRow(twoVariantSystem, BUILT_IN_VOCABULARY);

  it('does not repeat an operator that runs several variants', () => {
    expect(row.operators).toEqual(['iraqi-army', 'irgc']);
  });

  it('lists reported capabilities in the vocabulary order, not the record order', () => {
    expect(row.reportedCapabilities).toEqual(['ammunition', 'spares']);
  });

  it('indexes capability records by kind', () => {
    expect(row.capabilities.platform?.status).toBe('not-reported');
    expect(row.capabilities.spares?.status).toBe('makes');
    expect(row.capabilities['own-variant']).toBeUndefined();
  });

  it('searches the platform type label too', () => {
    expect(row.searchText).toContain('armoured personnel carrier');
  });
});

describe('the label helpers', () => {
  it('join every designation with a slash', () => {
    expect(designations(twoVariantSystem.iraq)).toBe('Alpha-1 / Alpha-2');
  });

  it('name a repeated operator or acquisition once', () => {
    const row = deriveRow(twoVariantSystem, BUILT_IN_VOCABULARY);
    expect(operatorLabels(row, twoVariantSystem.iraq)).toBe('Iraqi Army');
    expect(acquisitionLabels(twoVariantSystem.iran)).toBe('In Iranian service');
  });

  it('give no acquisition for variants that carry none', () => {
    expect(acquisitionLabels(twoVariantSystem.iraq)).toBe('');
  });
});

describe('withTrust', () => {
  it('gives the row a fresh derivation would give under the same evidence and grade filters', () => {
    const { sources } = loadShippedCatalogue();
    const grades = new Map(sources.map((source) => [source.id, source.grade]));
    const trusts = [
      { evidence: 'stated', minGrade: null },
      { evidence: 'all', minGrade: 'C2' },
      { evidence: 'stated', minGrade: 'B2' },
      { evidence: 'all', minGrade: null },
    ] as const;
    for (const trust of trusts) {
      const counts = citationTest(trust, grades);
      expect(rows.map((row) => withTrust(row, counts))).toEqual(deriveRows(catalogue, counts));
    }
  });
});

describe('variants under the filters (issue 21, N21)', () => {
  const { sources } = loadShippedCatalogue();
  const grades = new Map(sources.map((source) => [source.id, source.grade]));

  it('sets aside the variants whose citations the grade filter leaves out', () => {
    const strict = citationTest({ evidence: 'all', minGrade: 'B2' }, grades);
    // The RPG-7 and the AKM rest on the blog (C3) alone; SIPRI (B2) covers no small arms.
    for (const row of rows.filter((entry) => ['rpg-7', 'akm'].includes(entry.id))) {
      const filtered = withTrust(row, strict);
      const ids = [...row.system.iraq, ...row.system.iran].map((variant) => variant.id);
      expect(filtered.variantsSetAside).toEqual(ids);
      expect(COLUMN_SPECS.iraqiVariant.text(filtered)).toMatch(/ · set aside by the filter$/);
      expect(COLUMN_SPECS.iranianOperator.text(filtered)).toMatch(/ · set aside by the filter$/);
    }
  });

  it('keeps the variants a SIPRI record also states under "B2 or better"', () => {
    const strict = citationTest({ evidence: 'all', minGrade: 'B2' }, grades);
    const kept = rows.filter((entry) => ['t-72', 'm109', 'm113', 'mi-17'].includes(entry.id));
    expect(kept).toHaveLength(4);
    for (const row of kept) expect(withTrust(row, strict).variantsSetAside).toEqual([]);
  });

  it('marks only the variants set aside when some still count', () => {
    const system: System = {
      ...twoVariantSystem,
      iran: twoVariantSystem.iran.map((variant) =>
        variant.id === 'd' ? { ...variant, cites: [{ ...cite, source: 'S001' }] } : variant,
      ),
    };
    const row = deriveRow(system, BUILT_IN_VOCABULARY, (c) => c.source === 'S000');
    expect(row.variantsSetAside).toEqual(['d']);
    expect(COLUMN_SPECS.iranianVariant.text(row)).toBe(
      'Bravo / Charlie · some set aside by the filter',
    );
    expect(COLUMN_SPECS.iraqiVariant.text(row)).toBe('Alpha-1 / Alpha-2');
  });

  it('leaves every variant in place when all citations count', () => {
    expect(rows.every((row) => row.variantsSetAside.length === 0)).toBe(true);
  });
});
