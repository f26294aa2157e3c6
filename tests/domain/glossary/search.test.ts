import { describe, expect, it } from 'vitest';
import { searchGlossary, sortGlossary } from '../../../src/domain/glossary/search';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { glossary } = loadShippedCatalogue().catalogue;
const terms = (query: string, options?: { inDefinitions?: boolean }) =>
  searchGlossary(glossary, query, options).map((entry) => entry.id);

describe('searchGlossary', () => {
  it("finds the entries for a grade's letter and digit by its name, even where no definition names that grade", () => {
    // No definition mentions D5: only the grade's names find its letter and its digit.
    expect(glossary.some((entry) => / D5\b/u.test(entry.definition))).toBe(false);
    expect(terms('D5').slice(0, 3).sort()).toEqual([
      'admiralty-code',
      'credibility-5',
      'reliability-d',
    ]);
    expect(terms('b2', { inDefinitions: false }).sort()).toEqual([
      'admiralty-code',
      'credibility-2',
      'reliability-b',
    ]);
    // A word that is no grade names nothing.
    expect(terms('G7')).toEqual([]);
  });

  it('matches a name whole, so one letter finds its entry and not every grade with it', () => {
    const ids = terms('B', { inDefinitions: false });
    expect(ids).toContain('reliability-b');
    // "2 (credibility grade)" is named B2, which "B" only starts.
    expect(ids).not.toContain('credibility-2');
  });

  it('takes the names it is given, and finds an entry by them only if the glossary has it', () => {
    const entries = [
      { id: 'tank', term: 'Main battle tank', definition: 'A tank.' },
      { id: 'credibility-3', term: 'Three', definition: 'Possibly true.' },
    ];
    expect(searchGlossary(entries, 'MBT', { names: new Map([['tank', ['MBT']]]) })).toEqual([
      entries[0],
    ]);
    expect(searchGlossary(entries, 'C3').map((entry) => entry.id)).toEqual(['credibility-3']);
    expect(searchGlossary(entries, 'C3', { names: new Map() })).toEqual([]);
  });

  it('says F and 6 cannot be judged and are not the worst grades', () => {
    for (const id of ['reliability-f', 'credibility-6']) {
      const definition = glossary.find((entry) => entry.id === id)?.definition ?? '';
      expect(definition).toMatch(/cannot be judged/);
      expect(definition).toMatch(/not the worst/);
      expect(definition).not.toMatch(/is cannot/);
    }
  });

  it('finds the Admiralty code, its C and its 3 when searching "C3" (issue 21)', () => {
    const ids = searchGlossary(glossary, 'C3').map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining(['admiralty-code', 'reliability-c', 'credibility-3']),
    );
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f']) {
      expect(glossary.some((entry) => entry.id === `reliability-${letter}`)).toBe(true);
    }
    for (const digit of ['1', '2', '3', '4', '5', '6']) {
      expect(glossary.some((entry) => entry.id === `credibility-${digit}`)).toBe(true);
    }
    // F and 6 are "cannot be judged", not the worst grades.
    expect(glossary.find((entry) => entry.id === 'reliability-f')?.definition).toMatch(
      /cannot be judged/,
    );
    expect(glossary.find((entry) => entry.id === 'credibility-6')?.definition).toMatch(
      /cannot be judged/,
    );
  });

  it('finds a term by its abbreviation', () => {
    expect(terms('SPH')[0]).toBe('sph');
    expect(terms('apc')[0]).toBe('apc');
    expect(terms('IqAF')[0]).toBe('iqaf');
  });

  it('puts matches in the term before matches in the definition', () => {
    const found = terms('artesh');
    expect(found[0]).toBe('artesh');
    expect(found).toContain('irgc');
    expect(terms('artesh', { inDefinitions: false })).toEqual(['artesh']);
  });

  it('needs every word to start a word of the entry', () => {
    expect(terms('battle tank')).toContain('mbt');
    expect(terms('attle')).toEqual([]);
  });

  it('lists every entry, alphabetically and ignoring quotes, for an empty query', () => {
    const all = searchGlossary(glossary, '  ');
    expect(all).toHaveLength(glossary.length);
    expect(all).toEqual(sortGlossary(glossary));
    const type = all.findIndex((entry) => entry.id === 'type');
    expect(all[type - 1]?.term.localeCompare('Type')).toBeLessThan(0);
  });
});
