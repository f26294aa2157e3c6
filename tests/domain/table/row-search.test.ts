import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
// Search finds a system by the glossary's words for it, not only by the names on screen.
import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../../src/domain/glossary/synonyms';
import { pickTableQuery, queryTable } from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows } from '../../../src/domain/table/rows';
import { defaultView } from '../../../src/domain/view/state';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue } = loadShippedCatalogue();
const rows = deriveRows(catalogue);
const index = buildRowIndex(rows, BUILT_IN_VOCABULARY);
const found = (query: string) =>
  [...queryTable(index, pickTableQuery({ ...defaultView(), search: query })).order].map(
    (position) => rows[position]?.id,
  );

describe('searching rows by glossary words', () => {
  it.each([
    ['APC', ['m113']],
    ['SPH', ['m109']],
    ['mbt', ['t-72']],
    ['Islamic Revolutionary Guard Corps', ['akm']],
    ['IRGC-AF', ['mi-17']],
    ['IqAF', ['mi-17']],
    // Another name the glossary gives the system itself (UX review S13).
    ['Kalashnikov', ['akm']],
    ['kalashnikov', ['akm']],
  ])('finds %s', (query, ids) => {
    expect(found(query)).toEqual(ids);
  });

  it('adds the type abbreviation and the glossary terms for the type and the operators', () => {
    const m113 = catalogue.systems.find((system) => system.id === 'm113');
    expect(m113 && searchSynonyms(catalogue.glossary, BUILT_IN_VOCABULARY)(m113)).toEqual([
      'APC',
      'Armoured personnel carrier (APC)',
      'Artesh',
    ]);
  });

  it('adds only the abbreviation when the glossary is empty', () => {
    const t72 = catalogue.systems.find((system) => system.id === 't-72');
    expect(t72 && searchSynonyms([], BUILT_IN_VOCABULARY)(t72)).toEqual(['MBT']);
  });
});
