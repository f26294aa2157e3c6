import { describe, expect, it } from 'vitest';
import { impliedValue, withImpliedColumnSet } from '../../../src/domain/link/implied-values';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';
import { decode, view } from './view-fixtures';

describe('what a link that leaves a key out stands for', () => {
  it("is the default's value, except the full column set for a link that hides columns", () => {
    expect(impliedValue('type', view({ hiddenColumns: ['origin'] }), 'platformTypes')).toEqual([]);
    expect(impliedValue('cols', DEFAULT_VIEW, 'columnSet')).toBe(DEFAULT_VIEW.columnSet);
    expect(impliedValue('cols', view({ hiddenColumns: ['origin'] }), 'columnSet')).toBe('full');
  });

  it('opens the full table for a link that hides columns and names no column set', () => {
    const hiding = view({ hiddenColumns: ['origin'] });
    expect(withImpliedColumnSet(new Map(), hiding).columnSet).toBe('full');
    expect(withImpliedColumnSet(new Map([['cols', 'glance']]), hiding)).toBe(hiding);
    expect(decode('?hide=origin').view.columnSet).toBe('full');
    expect(decode('?hide=origin&cols=glance').view.columnSet).toBe('glance');
  });
});
