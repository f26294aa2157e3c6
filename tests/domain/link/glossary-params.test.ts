import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { declaredIds, idList } from '../../../src/domain/link/known-ids';
// The glossary's keys in the link grammar: gloss=1 opens it, term=<id> opens it at one entry.
import { describe, expect, it } from 'vitest';
import { decodeSearch } from '../../../src/domain/link/decode';
import { viewToSearch } from '../../../src/domain/link/encode';
import { VIEW_PARAMS } from '../../../src/domain/link/params';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';

const KNOWN = {
  systems: idList(['t-72']),
  comparisonItems: idList(['t-72']),
  glossaryTerms: ['sph', 'mbt'],
  ...declaredIds(BUILT_IN_VOCABULARY),
};
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('the glossary in links', () => {
  it('declares gloss and term in the parameter table, after every older key', () => {
    const keys = Object.keys(VIEW_PARAMS);
    expect(keys.slice(-2)).toEqual(['gloss', 'term']);
  });

  it('writes the open glossary and its entry, and reads them back', () => {
    const open = view({ glossaryOpen: true, glossaryTerm: 'sph' });
    expect(viewToSearch(open)).toBe('?v=1&gloss=1&term=sph');
    expect(decodeSearch('?v=1&gloss=1&term=sph', KNOWN)).toEqual({ view: open, ignored: [] });
    expect(viewToSearch(view({ glossaryOpen: true }))).toBe('?v=1&gloss=1');
  });

  it('leaves both out of the link of a view without the glossary', () => {
    expect(viewToSearch(view({ detail: 't-72' }))).toBe('?v=1&sys=t-72');
  });

  it('ignores an unknown term and keeps the glossary open', () => {
    expect(decodeSearch('?gloss=1&term=nuke', KNOWN)).toEqual({
      view: view({ glossaryOpen: true }),
      ignored: [{ key: 'term', value: 'nuke', reason: "unknown glossary term 'nuke'" }],
    });
  });

  it('drops a term when the glossary is not open, and says why', () => {
    const { view: decoded, ignored } = decodeSearch('?term=mbt', KNOWN);
    expect(decoded).toEqual(DEFAULT_VIEW);
    expect(ignored).toEqual([
      {
        key: 'term',
        value: 'mbt',
        reason: 'a glossary term is shown only with the glossary open (gloss=1)',
      },
    ]);
  });

  it('reads gloss as a flag like the other flags', () => {
    expect(decodeSearch('?gloss=yes', KNOWN).ignored).toEqual([
      { key: 'gloss', value: 'yes', reason: 'gloss takes 1 or 0' },
    ]);
  });
});
