import { describe, expect, it } from 'vitest';
import { pickComparisonView } from '../../../src/domain/comparison/model';
import { pickTableQuery } from '../../../src/domain/table/query';
import { pickViewFilters } from '../../../src/domain/view/description';
import { viewPart } from '../../../src/domain/view/pick';
import { defaultView } from '../../../src/domain/view/state';

describe('viewPart', () => {
  it('takes the named fields of a view, the same values, and nothing else', () => {
    const view = { ...defaultView(), search: 'T-72', platformTypes: ['mbt' as const] };
    const part = viewPart(['search', 'platformTypes'])(view);
    expect(part).toEqual({ search: 'T-72', platformTypes: ['mbt'] });
    expect(part.platformTypes).toBe(view.platformTypes);
  });

  it('gives the query, the filters and the comparison the fields each reads', () => {
    const view = defaultView();
    expect(Object.keys(pickTableQuery(view)).sort()).toEqual(
      ['capabilities', 'operators', 'platformTypes', 'search', 'sorting'].sort(),
    );
    expect(Object.keys(pickViewFilters(view)).sort()).toEqual(
      [
        'basis',
        'capabilities',
        'evidence',
        'minGrade',
        'operators',
        'platformTypes',
        'search',
      ].sort(),
    );
    expect(Object.keys(pickComparisonView(view)).sort()).toEqual(
      ['baseline', 'basis', 'comparison', 'comparisonMode', 'hiddenColumns'].sort(),
    );
  });
});
