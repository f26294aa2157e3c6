import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { declaredIds, idList } from '../../../src/domain/link/known-ids';
// Every link that worked before the link grammar was declared as a table still opens the same
// view. links-a69ad86.json records how the codec at commit a69ad86 read 400 seeded links (valid,
// partly valid and garbage) and what it wrote back; gen script: see the commit that added it.
import fixtureJson from './links-a69ad86.json';
import { describe, expect, it } from 'vitest';
import { decodeSearch } from '../../../src/domain/link/decode';
import { viewToSearch } from '../../../src/domain/link/encode';
import type { IgnoredPart } from '../../../src/domain/link/ignored-parts';
import { COLUMN_IDS, type ColumnId } from '../../../src/domain/table/columns';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';

type Case = { search: string; view: ViewState; ignored: IgnoredPart[]; written: string };
const fixture = fixtureJson as unknown as {
  known: { systems: string[]; compareItems: string[] };
  cases: Case[];
};
// Glossary terms came later; no old link names one.
const known = {
  systems: idList(fixture.known.systems),
  comparisonItems: idList(fixture.known.compareItems),
  glossaryTerms: [],
  ...declaredIds(BUILT_IN_VOCABULARY),
};

// Hidden columns are kept in table order, and Commonality has since moved forward (issue 13): the
// same columns stay hidden, listed in today's order, in the view and in the written link.
const inTableOrder = (ids: readonly ColumnId[]): ColumnId[] =>
  COLUMN_IDS.filter((id) => ids.includes(id));
const withHideInTableOrder = (written: string): string => {
  const params = new URLSearchParams(written);
  const hide = params.get('hide');
  if (hide !== null) params.set('hide', inTableOrder(hide.split('_') as ColumnId[]).join('_'));
  return params.toString();
};

describe('links made before the grammar table', () => {
  it.each(fixture.cases.map((entry, index) => [index, entry] as const))(
    'link %i opens the same view, reports the same parts and writes the same link',
    (_index, { search, view, ignored, written }) => {
      const decoded = decodeSearch(search, known);
      // Fields added since then take their defaults, which links leave out; a link that hides
      // columns hides them from the full table, as it did then (issue 23).
      expect(decoded.view).toEqual({
        ...DEFAULT_VIEW,
        ...view,
        columnSet: view.hiddenColumns.length > 0 ? 'full' : 'glance',
        hiddenColumns: inTableOrder(view.hiddenColumns),
      });
      expect(decoded.ignored).toEqual(ignored);
      expect(viewToSearch(decoded.view)).toBe(
        written === '' ? '' : `?${withHideInTableOrder(written)}`,
      );
    },
  );
});
