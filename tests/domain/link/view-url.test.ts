import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { declaredIds, idList } from '../../../src/domain/link/known-ids';
import { describe, expect, it } from 'vitest';
import { decodeSearch } from '../../../src/domain/link/decode';
import { viewUrl } from '../../../src/domain/link/view-url';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';

const tanks = { ...DEFAULT_VIEW, platformTypes: ['mbt' as const] };

describe('viewUrl', () => {
  it('puts the view on the page address, replacing any old query and keeping the fragment', () => {
    expect(viewUrl('https://example.org/app/?v=1&type=rifle#source-S000', tanks)).toBe(
      'https://example.org/app/?v=1&type=mbt#source-S000',
    );
  });

  it('drops a skip link target from the fragment: it is where focus went, not the view', () => {
    expect(viewUrl('https://example.org/app/?v=1&type=rifle#table', tanks)).toBe(
      'https://example.org/app/?v=1&type=mbt',
    );
  });

  it('keeps a page opened from disk a file: address (its origin is "null")', () => {
    const url = viewUrl('file:///home/briefer/iraq-iran-commonality.html', tanks);
    expect(url).toBe('file:///home/briefer/iraq-iran-commonality.html?v=1&type=mbt');
    expect(
      decodeSearch(new URL(url).search, {
        systems: idList([]),
        comparisonItems: idList([]),
        glossaryTerms: [],
        ...declaredIds(BUILT_IN_VOCABULARY),
      }).view.platformTypes,
    ).toEqual(['mbt']);
  });

  it('leaves the default view without a query string', () => {
    expect(viewUrl('http://127.0.0.1:4173/?v=1&type=mbt', DEFAULT_VIEW)).toBe(
      'http://127.0.0.1:4173/',
    );
  });
});
