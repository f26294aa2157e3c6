import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, REGISTER_FILE } from '../../../src/catalogue/loaded';
import { parseCatalogue } from '../../../src/catalogue/parse-catalogue';
import { comparisonModel } from '../../../src/domain/comparison/model';
import { comparisonText } from '../../../src/domain/export/comparison-text';
import { tableText } from '../../../src/domain/export/table-text';
import { citationTest } from '../../../src/domain/sources/trust';
import { deriveRows, withTrust } from '../../../src/domain/table/rows';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';
import { readJson } from '../../catalogue/read-shipped-data';

const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
if (!result.ok) throw new Error('the shipped catalogue does not load');
const { catalogue, sources } = result.data;
const rows = deriveRows(catalogue);
const grades = new Map(sources.map((source) => [source.id, source.grade]));
const register = new Map(sources.map((source) => [source.id, source]));
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

const strengthRow = (model: ReturnType<typeof comparisonModel>) =>
  model.attributes.find((attribute) => attribute.id === 'strength');

describe("the comparison's Grade and evidence row", () => {
  it('gives each item its facts with their grades and stated or inferred, as the table file does', () => {
    const model = comparisonModel(view({ comparison: ['t-72', 'akm'] }), rows, grades);
    const row = strengthRow(model);
    expect(row?.label).toBe('Grade and evidence');
    expect(row?.group).toBe('sources');
    const [t72, akm] = row?.cells.map((cell) => cell.text) ?? [];
    expect(t72).toMatch(/^Designation: [A-F][1-6](\/[A-F][1-6])*, stated; /u);
    expect(t72).toContain('Spares & servicing: C3, inferred');
    expect(t72).toMatch(/; Commonality: C3, rests on an inference$/u);
    expect(akm).toContain('Own variant: C3, stated');
    expect(akm).toMatch(/; Commonality: C3, stated outright$/u);
    // A silence is no fact to grade, and general reference cites no source.
    expect(t72).not.toContain('Own variant');
    expect(t72).not.toContain('Country of origin');
    expect(row?.cells.every((cell) => cell.source.basis === 'none')).toBe(true);
  });

  it('agrees with the table file on each fact the two share', () => {
    const [system] = rows.filter((entry) => entry.id === 't-72');
    if (!system) throw new Error('no T-72');
    const file = tableText([system], ['system', 'cap-spares', 'commonality'], {
      withSources: true,
      register,
    });
    const model = comparisonModel(view({ comparison: ['t-72'] }), rows, grades);
    const cell = strengthRow(model)?.cells[0]?.text ?? '';
    for (const fact of [
      'Spares & servicing: C3, inferred',
      'Commonality: C3, rests on an inference',
    ]) {
      expect(file.rows[0]?.at(-1)).toContain(fact);
      expect(cell).toContain(fact);
    }
  });

  it('says a fact the filter set aside is set aside, never that it is absent', () => {
    const test = citationTest({ evidence: 'stated', minGrade: null }, grades);
    const trusted = rows.map((row) => withTrust(row, test));
    const model = comparisonModel(view({ comparison: ['t-72'] }), trusted, grades);
    const cell = strengthRow(model)?.cells[0]?.text ?? '';
    expect(cell).toContain('Spares & servicing: C3, set aside by the filter');
    expect(cell).toMatch(/Commonality: [^;]*some support set aside by the filter$/u);
  });

  it('reads ungraded, not a made-up grade, when the register is not given', () => {
    const model = comparisonModel(view({ comparison: ['akm'] }), rows);
    expect(strengthRow(model)?.cells[0]?.text).toContain('Ammunition: ungraded, stated');
  });
});

describe("the comparison's file", () => {
  const model = comparisonModel(
    view({ comparison: ['t-72', 'm109', 'akm'], comparisonMode: 'all' }),
    rows,
    grades,
  );

  it('ends with the sources and the grade and evidence, as the table file ends', () => {
    const text = comparisonText(model, { register });
    expect(text.rows.slice(-2).map((row) => row[0])).toEqual([
      'Sources cited',
      'Grade and evidence',
    ]);
    expect(text.rows.at(-1)?.slice(1)).toEqual(strengthRow(model)?.cells.map((cell) => cell.text));
    for (const row of text.rows) expect(row).toHaveLength(4);
  });

  it('leaves both out, and nothing else, without the sources', () => {
    const full = comparisonText(model, { register });
    const bare = comparisonText(model, { withSources: false, register });
    expect(bare.rows).toEqual(full.rows.slice(0, -2));
  });
});
