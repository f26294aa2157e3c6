import { describe, expect, it } from 'vitest';
import { idList, idsOf, listsId } from '../../../src/domain/link/known-ids';

describe('a list of ids held as one text', () => {
  const list = idList(['t-72', 't-72.iraq.t-72m1', 'm109']);

  it('finds each id it holds, and only whole ids', () => {
    expect(listsId(list, 't-72')).toBe(true);
    expect(listsId(list, 't-72.iraq.t-72m1')).toBe(true);
    expect(listsId(list, 'm109')).toBe(true);
    for (const id of ['t-7', '72', 'iraq', 'm109\nt-72', '', 'M109']) {
      expect(listsId(list, id), JSON.stringify(id)).toBe(false);
    }
  });

  it('gives its ids back in order, none for an empty list', () => {
    expect(idsOf(list)).toEqual(['t-72', 't-72.iraq.t-72m1', 'm109']);
    expect(idsOf(idList([]))).toEqual([]);
    expect(listsId(idList([]), 't-72')).toBe(false);
  });
});
