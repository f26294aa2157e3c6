import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, REGISTER_FILE } from '../../../src/catalogue/loaded';
import { parseCatalogue } from '../../../src/catalogue/parse-catalogue';
import {
  comparisonAttributes,
  type ComparisonAttribute,
} from '../../../src/domain/comparison/attributes';
import { COLUMN_SPECS } from '../../../src/domain/table/columns';
import { deriveRow, deriveRows } from '../../../src/domain/table/rows';
import { visibleColumnIds } from '../../../src/domain/table/model';
import {
  resolveComparisonItem,
  resolveComparisonItems,
} from '../../../src/domain/comparison/items';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';
import { readJson } from '../../catalogue/read-shipped-data';

function shippedRows() {
  const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
  if (!result.ok) throw new Error('the shipped catalogue does not load');
  return deriveRows(result.data.catalogue);
}
const rows = shippedRows();
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

const texts = (attributes: readonly ComparisonAttribute[], id: string) =>
  attributes.find((attribute) => attribute.id === id)?.cells.map((cell) => cell.text);

describe('resolving compare item ids', () => {
  it('names a whole system by its name and marks it as a system', () => {
    expect(resolveComparisonItem('t-72', rows)).toMatchObject({
      kind: 'system',
      name: 'T-72',
      label: 'T-72 (system)',
    });
  });

  it('names a variant by its country and designation', () => {
    expect(resolveComparisonItem('t-72.iraq.t-72m1', rows)).toMatchObject({
      kind: 'variant',
      country: 'iraq',
      name: 'Iraqi T-72M1',
      label: 'Iraqi T-72M1',
    });
    expect(resolveComparisonItem('m109.iran.m109-iran', rows)?.label).toBe('Iranian M109');
  });

  it('leaves out ids that name nothing, keeping the order of the rest', () => {
    const items = resolveComparisonItems(
      ['m113', 'nope', 't-72.iraq.missing', 't-72.mars.t-72m1', 't-72.iraq.t-72m1.x', 't-72'],
      rows,
    );
    expect(items.map((item) => item.id)).toEqual(['m113', 't-72']);
  });
});

describe('the attributes of compared items', () => {
  const items = resolveComparisonItems(['t-72', 't-72.iraq.t-72m1', 't-72.iran.t-72s'], rows);
  const attributes = comparisonAttributes(items);

  it('gives a whole system the very text and source the table shows', () => {
    const row = rows.find((entry) => entry.id === 't-72');
    if (!row) throw new Error('no T-72 row');
    for (const id of ['platformType', 'cap-ammunition', 'origin', 'commonality'] as const) {
      const cell = attributes.find((attribute) => attribute.id === id)?.cells[0];
      expect(cell).toEqual({
        text: COLUMN_SPECS[id].text(row),
        source: COLUMN_SPECS[id].source(row),
      });
    }
  });

  it('labels per-country values of a whole system by country', () => {
    expect(texts(attributes, 'designation')?.[0]).toBe('Iraq: T-72M1; Iran: T-72S');
    expect(texts(attributes, 'country')?.[0]).toBe('Iraq and Iran');
  });

  it('gives a variant its own designation, country, operator and acquisition', () => {
    expect(texts(attributes, 'designation')?.slice(1)).toEqual(['T-72M1', 'T-72S']);
    expect(texts(attributes, 'country')?.slice(1)).toEqual(['Iraq', 'Iran']);
    expect(texts(attributes, 'operator')?.slice(1)).toEqual([
      'Iraqi Army',
      'Iranian armed forces (branch not named)',
    ]);
    expect(texts(attributes, 'acquisition')?.slice(1)).toEqual(['', 'Licence-built in Iran']);
  });

  it('gives a variant the system-level facts of its system', () => {
    for (const id of ['platformType', 'cap-platform', 'armament', 'commonality']) {
      const [system, iraqi, iranian] = texts(attributes, id) ?? [];
      expect(iraqi).toBe(system);
      expect(iranian).toBe(system);
    }
  });

  it('states a missing value as empty text with no source', () => {
    const cell = attributes.find((attribute) => attribute.id === 'acquisition')?.cells[1];
    expect(cell).toEqual({ text: '', source: { basis: 'none' } });
    // Every shipped system has its reference facts, so take one away.
    const bare = rows.map((row) =>
      row.id === 'mi-17' ? deriveRow({ ...row.system, reference: {} }, BUILT_IN_VOCABULARY) : row,
    );
    const mi17 = comparisonAttributes(resolveComparisonItems(['mi-17'], bare));
    expect(mi17.find((attribute) => attribute.id === 'armament')?.cells[0]).toEqual({
      text: '',
      source: { basis: 'none' },
    });
  });

  it('marks reference facts as reference, not as sourced', () => {
    const cell = attributes.find((attribute) => attribute.id === 'origin')?.cells[1];
    expect(cell).toEqual({ text: 'Soviet Union', source: { basis: 'reference' } });
  });

  it('lists each item’s sources once, from the cells it shows', () => {
    const sources = attributes.find((attribute) => attribute.id === 'sources');
    expect(sources?.group).toBe('sources');
    for (const cell of sources?.cells ?? []) {
      expect(cell.text).toMatch(/^S\d{3}(, S\d{3})*$/);
      expect(cell.source.basis).toBe('sourced');
    }
  });

  it('keeps the groups in order: identity, operator, support, reference, sources', () => {
    const groups = [...new Set(attributes.map((attribute) => attribute.group))];
    expect(groups).toEqual(['identity', 'operator', 'support', 'reference', 'sources']);
  });
});

describe('attributes the view hides', () => {
  const items = resolveComparisonItems(['t-72', 'm109.iran.m109-iran'], rows);

  it('leaves out an attribute whose column is hidden', () => {
    const attributes = comparisonAttributes(
      items,
      visibleColumnIds(view({ hiddenColumns: ['platformType', 'cap-spares'] })),
    );
    const ids = attributes.map((attribute) => attribute.id);
    expect(ids).not.toContain('platformType');
    expect(ids).not.toContain('cap-spares');
    expect(ids).toContain('cap-ammunition');
  });

  it('leaves out reference facts when the view shows sourced facts only', () => {
    const attributes = comparisonAttributes(items, visibleColumnIds(view({ basis: 'sourced' })));
    expect(attributes.map((attribute) => attribute.group)).not.toContain('reference');
  });

  it('shows only the visible country of a per-country attribute', () => {
    const attributes = comparisonAttributes(
      items,
      visibleColumnIds(view({ hiddenColumns: ['iranianVariant'] })),
    );
    expect(texts(attributes, 'designation')).toEqual(['Iraq: T-72M1', '']);
  });

  it('drops a per-country attribute once both of its columns are hidden', () => {
    const attributes = comparisonAttributes(
      items,
      visibleColumnIds(view({ hiddenColumns: ['iraqiOperator', 'iranianOperator'] })),
    );
    expect(attributes.map((attribute) => attribute.id)).not.toContain('operator');
  });
});
