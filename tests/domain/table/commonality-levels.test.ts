import { describe, expect, it } from 'vitest';
import { COMMONALITY_LEVELS, COMMONALITY_RULE } from '../../../src/domain/table/commonality-levels';

describe('the commonality rule', () => {
  it('ranks the levels from none to high', () => {
    const ranks = Object.values(COMMONALITY_LEVELS).map((level) => level.rank);
    expect(ranks).toEqual([3, 2, 1, 0]);
  });

  it('explains every level in plain English for the UI', () => {
    for (const { label } of Object.values(COMMONALITY_LEVELS)) {
      expect(COMMONALITY_RULE).toContain(`${label}:`);
    }
  });
});
