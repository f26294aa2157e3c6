import { describe, expect, it } from 'vitest';
import { searchGlossary, sortGlossary } from '../../../src/domain/glossary/search';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { glossary } = loadShippedCatalogue().catalogue;
const terms = (query: string, options?: { inDefinitions?: boolean }) =>
  searchGlossary(glossary, query, options).map((entry) => entry.id);

describe('searchGlossary', () => {
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
