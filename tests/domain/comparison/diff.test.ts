import { describe, expect, it } from 'vitest';
import { NO_SOURCE } from '../../../src/domain/sources/cell-source';
import { CATALOGUE_FILE, REGISTER_FILE } from '../../../src/catalogue/loaded';
import { parseCatalogue } from '../../../src/catalogue/parse-catalogue';
import type {
  ComparisonAttribute,
  ComparisonCell,
} from '../../../src/domain/comparison/attributes';
import {
  attributesForMode,
  diffAttribute,
  diffAttributes,
  statusAmong,
  AGREEMENT_TEXT,
  type AttributeDiff,
} from '../../../src/domain/comparison/diff';
import { agreementCount, comparisonModel, groupCount } from '../../../src/domain/comparison/model';
import { comparisonText } from '../../../src/domain/export/comparison-text';
import { deriveRows } from '../../../src/domain/table/rows';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';
import { readJson } from '../../catalogue/read-shipped-data';

const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
if (!result.ok) throw new Error('the shipped catalogue does not load');
const rows = deriveRows(result.data.catalogue);
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

const sourcedCell = (text: string): ComparisonCell => ({
  text,
  source: {
    basis: 'sourced',
    cites: [{ source: 'S000', locator: 'item-1', confidence: 'stated' }],
  },
});
const referenceCell = (text: string): ComparisonCell => ({ text, source: { basis: 'reference' } });
const attribute = (
  id: string,
  cells: ComparisonCell[],
  group: ComparisonAttribute['group'] = 'identity',
): ComparisonAttribute => ({ id, label: id, group, cells });

describe('whether compared values differ', () => {
  it('calls an attribute the same when every value has the same text', () => {
    expect(
      diffAttribute(attribute('a', [sourcedCell('Iraqi Army'), sourcedCell('Iraqi Army')]), null)
        .status,
    ).toBe('same');
  });

  it('compares the trimmed text, keeping case', () => {
    expect(
      diffAttribute(attribute('a', [sourcedCell('M109 '), sourcedCell(' M109')]), null).status,
    ).toBe('same');
    expect(
      diffAttribute(attribute('a', [sourcedCell('M109'), sourcedCell('m109')]), null).status,
    ).toBe('differs');
  });

  it('never counts a value the catalogue does not state as a difference, nor as agreement', () => {
    const missing = { text: '', source: { basis: 'none' } } as const;
    const status = (cells: ComparisonCell[]) => diffAttribute(attribute('a', cells), null).status;
    expect(status([missing, sourcedCell('x')])).toBe('gaps');
    expect(status([sourcedCell('x'), missing, sourcedCell('x ')])).toBe('gaps');
    expect(status([missing, { ...missing }])).toBe('gaps');
    expect(status([sourcedCell('x'), missing, sourcedCell('y')])).toBe('differs');
    expect(AGREEMENT_TEXT[status([missing, sourcedCell('x')])]).toBe('not all stated');
  });

  it('counts a sourced and a general-reference fact with the same text as the same value', () => {
    const diff = diffAttribute(
      attribute('origin', [sourcedCell('Soviet Union'), referenceCell('Soviet Union')]),
      null,
    );
    expect(diff.status).toBe('same');
    expect(diff.cells.map((cell) => cell.source.basis)).toEqual(['sourced', 'reference']);
  });
});

describe('differences from the baseline', () => {
  const cells = [sourcedCell('A'), sourcedCell('B'), sourcedCell('A'), sourcedCell('')];

  it('marks each cell known to differ from the baseline, never the baseline itself', () => {
    expect(diffAttribute(attribute('a', cells), 0).differsFromBaseline).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(diffAttribute(attribute('a', cells), 1).differsFromBaseline).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('marks nothing against a baseline that does not state the attribute', () => {
    expect(diffAttribute(attribute('a', cells), 3).differsFromBaseline).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('marks nothing when no baseline is pinned', () => {
    expect(diffAttribute(attribute('a', cells), null).differsFromBaseline).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('what each mode shows', () => {
  const diffs: AttributeDiff[] = diffAttributes(
    [
      attribute('same-1', [sourcedCell('x'), sourcedCell('x')]),
      attribute('differs-1', [sourcedCell('x'), sourcedCell('y')]),
      attribute('same-2', [sourcedCell('x'), sourcedCell('x')], 'support'),
      attribute('gaps-2', [sourcedCell('x'), sourcedCell('')], 'support'),
      attribute('differs-2', [sourcedCell('x'), sourcedCell('y')], 'support'),
    ],
    null,
  );
  const ids = (shown: AttributeDiff[]) => shown.map((entry) => entry.id);

  it('shows every attribute: within each group differences, then gaps, then the same', () => {
    expect(ids(attributesForMode(diffs, 'all'))).toEqual([
      'differs-1',
      'same-1',
      'differs-2',
      'gaps-2',
      'same-2',
    ]);
  });

  it('shows the attributes that differ and those not stated for every item', () => {
    expect(ids(attributesForMode(diffs, 'differences'))).toEqual([
      'differs-1',
      'differs-2',
      'gaps-2',
    ]);
  });

  it('shows only the attributes that are the same', () => {
    expect(ids(attributesForMode(diffs, 'similarities'))).toEqual(['same-1', 'same-2']);
  });
});

describe('the counts', () => {
  it('says how many differ and how many the catalogue cannot settle', () => {
    const attributes = diffAttributes(
      [
        attribute('a', [sourcedCell('x'), sourcedCell('y')]),
        attribute('b', [sourcedCell('x'), sourcedCell('')]),
        attribute('c', [sourcedCell('x'), sourcedCell('x')]),
      ],
      null,
    );
    expect(agreementCount({ attributes, differing: 1, gaps: 1 })).toBe(
      '1 of 3 attributes differ; 1 is not stated for every item',
    );
    expect(agreementCount({ attributes, differing: 1, gaps: 0 })).toBe('1 of 3 attributes differ');
    expect(groupCount({ differing: 0, gaps: 0 })).toBe('all the same');
    expect(groupCount({ differing: 2, gaps: 1 })).toBe('2 differ · 1 not all stated');
    expect(groupCount({ differing: 0, gaps: 2 })).toBe('2 not all stated');
  });
});

describe('the comparison of shipped items', () => {
  const picked = ['t-72', 'm109', 'akm'];

  it('finds the differences between three systems', () => {
    const model = comparisonModel(
      view({ comparison: picked, comparisonMode: 'differences' }),
      rows,
    );
    const shown = model.shown.map((entry) => entry.id);
    expect(shown).toContain('system');
    expect(shown).toContain('platformType');
    expect(shown).toContain('commonality');
    expect(shown).not.toContain('country');
    expect(shown).not.toContain('cap-adapted-weapons');
    expect(model.differing + model.gaps).toBe(shown.length);
  });

  it('never counts a hidden attribute as a difference', () => {
    const all = comparisonModel(view({ comparison: picked, comparisonMode: 'differences' }), rows);
    expect(all.shown.map((entry) => entry.id)).toContain('origin');
    const hidden = comparisonModel(
      view({
        comparison: picked,
        comparisonMode: 'differences',
        hiddenColumns: ['origin', 'commonality'],
      }),
      rows,
    );
    expect(hidden.shown.map((entry) => entry.id)).not.toContain('origin');
    expect(hidden.shown.map((entry) => entry.id)).not.toContain('commonality');
    const sourcedOnly = comparisonModel(
      view({ comparison: picked, comparisonMode: 'differences', basis: 'sourced' }),
      rows,
    );
    expect(sourcedOnly.shown.map((entry) => entry.group)).not.toContain('reference');
  });

  it('measures against a pinned baseline that is still compared', () => {
    const model = comparisonModel(view({ comparison: picked, baseline: 'm109' }), rows);
    expect(model.baselineIndex).toBe(1);
    const platform = model.attributes.find((entry) => entry.id === 'platformType');
    expect(platform?.differsFromBaseline).toEqual([true, false, true]);
    expect(
      comparisonModel(view({ comparison: picked, baseline: 'm113' }), rows).baselineIndex,
    ).toBeNull();
  });
});

describe('the comparison as text', () => {
  it('has the attribute column, then one column per item in the user’s order', () => {
    const model = comparisonModel(
      view({
        comparison: ['m109', 't-72.iraq.t-72m1', 't-72'],
        comparisonMode: 'differences',
        baseline: 't-72',
      }),
      rows,
    );
    const text = comparisonText(model);
    expect(text.header).toEqual([
      'Attribute',
      'M109 (system)',
      'Iraqi T-72M1',
      'T-72 (system) (baseline)',
    ]);
    expect(text.rows.map((row) => row[0])).toEqual(model.shown.map((entry) => entry.label));
    for (const row of text.rows) expect(row).toHaveLength(4);
  });

  it('exports only the rows the mode shows, and missing values as empty cells', () => {
    const model = comparisonModel(
      view({ comparison: ['t-72.iraq.t-72m1', 't-72.iran.t-72s'], comparisonMode: 'differences' }),
      rows,
    );
    const text = comparisonText(model);
    const acquisition = text.rows.find((row) => row[0] === 'How Iran has it');
    expect(acquisition).toEqual(['How Iran has it', null, 'Licence-built in Iran']);
    expect(text.rows.find((row) => row[0] === 'Platform type')).toBeUndefined();
  });
});

describe('whether the cells on a phone page agree', () => {
  const attribute = {
    cells: ['T-72', 'T-72', 'M109'].map((text) => ({ text, source: NO_SOURCE })),
  };

  it('compares only the cells from start up to end', () => {
    expect(statusAmong(attribute, 0, 2)).toBe('same');
    expect(statusAmong(attribute, 1, 3)).toBe('differs');
    expect(statusAmong(attribute, 0, 3)).toBe('differs');
  });
});
