import { describe, expect, it } from 'vitest';
import { citationsText, sourceShortName } from '../../../src/domain/sources/citation-text';
import { formatDate } from '../../../src/domain/sources/format-date';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { sources } = loadShippedCatalogue();
const register = new Map(sources.map((source) => [source.id, source]));

describe('sourceShortName', () => {
  it('names the outlet without its aside, and a short date', () => {
    expect(sources.map(sourceShortName)).toEqual([
      'Uskowi on Iran, Feb 2014',
      'Defence blog, 31 Jul 2017',
      'World Defense, Dec 2014',
      'The Jerusalem Post, 24 Jun 2019',
      'CNN, 11 Oct 2012',
      'SIPRI Arms Transfers Database, 13 Mar 2025',
    ]);
  });

  it('shortens only the month name', () => {
    expect(formatDate('2014-02-24', 'day', { short: true })).toBe('24 Feb 2014');
    expect(formatDate('2014', 'year', { short: true })).toBe('2014');
  });
});

describe('citationsText', () => {
  it('names each source once, with every place in it in order', () => {
    expect(
      citationsText(
        [
          { source: 'S002', locator: 'para-17', confidence: 'stated' },
          { source: 'S000', locator: 'para-16', confidence: 'inferred' },
          { source: 'S000', locator: 'item-1', confidence: 'stated' },
          { source: 'S000', locator: 'item-1', confidence: 'inferred' },
        ],
        register,
      ),
    ).toBe(
      'S000 (Uskowi on Iran, Feb 2014) item 1, para 16; S002 (World Defense, Dec 2014) para 17',
    );
  });

  it('is empty for no citations', () => {
    expect(citationsText([], register)).toBe('');
  });
});
