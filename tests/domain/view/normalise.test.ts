import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../../../src/domain/table/columns';
import { normaliseView } from '../../../src/domain/view/normalise';
import { COMPARISON_LIMIT, DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const ITEMS = ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm', 't-72.iraq.t-72m1'];

describe('normaliseView', () => {
  it('leaves a view that keeps every rule as it is, the same object', () => {
    const valid = view({ comparison: ['t-72', 'm109'], comparisonOpen: true, baseline: 'm109' });
    const { view: result, fixes } = normaliseView(valid);
    expect(result).toBe(valid);
    expect(fixes).toEqual([]);
  });

  it('never hides the system column', () => {
    const { view: result, fixes } = normaliseView(view({ hiddenColumns: ['system', 'origin'] }));
    expect(result.hiddenColumns).toEqual(['origin']);
    expect(fixes.map((fix) => fix.key)).toEqual(['hide']);
  });

  it(`keeps the first ${COMPARISON_LIMIT} compared items`, () => {
    const { view: result, fixes } = normaliseView(view({ comparison: ITEMS }));
    expect(result.comparison).toEqual(ITEMS.slice(0, COMPARISON_LIMIT));
    expect(fixes).toEqual([
      {
        key: 'cmp',
        value: 'akm_t-72.iraq.t-72m1',
        reason: `too many compare items: the first ${COMPARISON_LIMIT} are kept`,
      },
    ]);
  });

  it('drops a baseline that is not compared, and one that fell off the end', () => {
    expect(normaliseView(view({ comparison: ['t-72'], baseline: 'akm' })).view.baseline).toBeNull();
    expect(normaliseView(view({ comparison: ITEMS, baseline: 'akm' })).view.baseline).toBeNull();
  });

  it('closes the comparison below two items, and when a detail is open', () => {
    expect(normaliseView(view({ comparison: ['t-72'], comparisonOpen: true })).view).toMatchObject({
      comparisonOpen: false,
    });
    const both = view({ comparison: ['t-72', 'akm'], comparisonOpen: true, detail: 'm109' });
    expect(normaliseView(both).view).toMatchObject({ comparisonOpen: false, detail: 'm109' });
  });

  it('yields views that need no further fixing (it is idempotent)', () => {
    const anyView = fc.record({
      hiddenColumns: fc.subarray([...COLUMN_IDS]),
      comparison: fc.uniqueArray(fc.constantFrom(...ITEMS)),
      comparisonOpen: fc.boolean(),
      baseline: fc.option(fc.constantFrom(...ITEMS)),
      detail: fc.option(fc.constantFrom('t-72', 'akm')),
    });
    fc.assert(
      fc.property(anyView, (patch) => {
        const once = normaliseView(view(patch)).view;
        const twice = normaliseView(once);
        expect(twice.view).toBe(once);
        expect(twice.fixes).toEqual([]);
      }),
    );
  });
});
