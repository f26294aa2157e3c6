import { describe, expect, it } from 'vitest';
import { searchGlossary, sortGlossary } from '../../../src/domain/glossary/search';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { glossary } = loadShippedCatalogue().catalogue;
const terms = (query: string, options?: { inDefinitions?: boolean }) =>
  searchGlossary(glossary, query, options).map((entry) => entry.id);

describe('searchGlossary', () => {
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
