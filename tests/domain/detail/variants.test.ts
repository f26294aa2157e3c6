import { deriveRow } from '../../../src/domain/table/rows';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { detailVariants } from '../../../src/domain/detail/variants';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue } = loadShippedCatalogue();
const shipped = (id: string): System => {
  const system = catalogue.systems.find((entry) => entry.id === id);
  if (!system) throw new Error(`no system ${id}`);
  return system;
};

const cite = (locator: string) => ({ source: 'S000', locator, confidence: 'stated' }) as const;

const sameDesignations: System = {
  id: 'test',
  name: 'Test',
  platformType: 'helicopter',
  summary: 'A test system.',
  iraq: [{ id: 'a', designation: 'Mi-17', operator: 'iraqi-air-force', cites: [cite('item-1')] }],
  iran: [
    {
      id: 'b',
      designation: 'Mi-17',
      operator: 'irgc-af',
      acquisition: 'in-service',
      cites: [cite('item-2')],
    },
    {
      id: 'c',
      designation: 'Mi-171',
      operator: 'irgc-af',
      acquisition: 'in-service',
      note: 'A later model.',
      cites: [cite('item-3')],
    },
  ],
  capabilities: [],
  reference: {},
};

const attributes = (system: System) =>
  detailVariants(deriveRow(system, BUILT_IN_VOCABULARY)).map((row) => row.attribute);

const dropNote = (variant: System['iraq'][number]) => {
  const copy = { ...variant };
  delete copy.note;
  return copy;
};
const withoutNotes = (system: System): System => ({
  ...system,
  iraq: system.iraq.map(dropNote),
  iran: system.iran.map(dropNote),
});

describe('detailVariants', () => {
  it('shows where a second source differs, once, on the designation row of that side', () => {
    const rows = detailVariants(deriveRow(shipped('t-72'), BUILT_IN_VOCABULARY));
    const designation = rows.find((row) => row.attribute === 'Designation');
    expect(designation?.iraq.differences).toEqual([]);
    expect(designation?.iran.differences).toEqual([
      { source: 'S005', text: expect.stringContaining('T-72S1') as string },
    ]);
    for (const row of rows.filter((row) => row.attribute !== 'Designation')) {
      expect(row.iran.differences).toEqual([]);
    }
  });

  it('compares designation, operator and how Iran obtained it', () => {
    expect(attributes(withoutNotes(shipped('mi-17')))).toEqual([
      'Designation',
      'Operator',
      'How it was obtained',
    ]);
  });

  it('sets the Iraqi and the Iranian side of each attribute beside each other', () => {
    const [designation, operator, obtained] = detailVariants(
      deriveRow(shipped('t-72'), BUILT_IN_VOCABULARY),
    );
    expect(designation?.iraq.text).toBe('T-72M1');
    expect(designation?.iran.text).toBe('T-72S');
    expect(operator?.iraq.text).toBe('Iraqi Army');
    expect(operator?.iran.text).toBe('Iranian armed forces (branch not named)');
    expect(obtained?.iraq.text).toBe('');
    expect(obtained?.iran.text).toBe('Licence-built in Iran');
  });

  it('marks an attribute as differing only when the two sides read differently', () => {
    const byAttribute = Object.fromEntries(
      detailVariants(deriveRow(shipped('mi-17'), BUILT_IN_VOCABULARY)).map((row) => [
        row.attribute,
        row.status,
      ]),
    );
    expect(byAttribute).toMatchObject({ Designation: 'same', Operator: 'differs' });
  });

  it('calls a side that states nothing against one that does neither same nor different', () => {
    const obtained = detailVariants(deriveRow(shipped('t-72'), BUILT_IN_VOCABULARY)).find(
      (row) => row.attribute === 'How it was obtained',
    );
    expect([obtained?.iraq.text, obtained?.iran.text]).toEqual(['', 'Licence-built in Iran']);
    expect(obtained?.status).toBe('gaps');
  });

  it('joins several variants of one side and names a shared value once', () => {
    const [designation, operator] = detailVariants(
      deriveRow(sameDesignations, BUILT_IN_VOCABULARY),
    );
    expect(designation?.iran.text).toBe('Mi-17 / Mi-171');
    expect(designation?.status).toBe('differs');
    expect(operator?.iran.text).toBe('Revolutionary Guard air force (IRGC-AF)');
  });

  it('carries the citations of every variant on each side', () => {
    const [designation] = detailVariants(deriveRow(sameDesignations, BUILT_IN_VOCABULARY));
    expect(designation?.iraq.cites).toEqual([cite('item-1')]);
    expect(designation?.iran.cites).toEqual([cite('item-2'), cite('item-3')]);
  });

  it('shows notes only when some variant has one', () => {
    expect(attributes(sameDesignations)).toContain('Notes');
    const notes = detailVariants(deriveRow(sameDesignations, BUILT_IN_VOCABULARY)).find(
      (row) => row.attribute === 'Notes',
    );
    expect(notes?.iraq.text).toBe('');
    expect(notes?.iran.text).toBe('A later model.');
    expect(attributes(withoutNotes(shipped('mi-17')))).not.toContain('Notes');
  });

  it('has no attribute that is empty on both sides', () => {
    for (const system of catalogue.systems) {
      for (const row of detailVariants(deriveRow(system, BUILT_IN_VOCABULARY))) {
        expect(row.iraq.text !== '' || row.iran.text !== '').toBe(true);
      }
    }
  });
});
