import { describe, expect, it } from 'vitest';
import { shareableHash, SKIP_TARGET_IDS } from '../../../src/domain/link/hash';

describe('shareableHash', () => {
  it.each(Object.values(SKIP_TARGET_IDS))('drops the skip link target #%s', (id) => {
    expect(shareableHash(`#${id}`)).toBe('');
  });

  it('keeps any other hash, such as a source anchor', () => {
    expect(shareableHash('#source-S000')).toBe('#source-S000');
    expect(shareableHash('')).toBe('');
  });
});
