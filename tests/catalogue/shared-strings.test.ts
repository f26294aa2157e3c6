import { describe, expect, it } from 'vitest';
import { stringPool } from '../../src/catalogue/shared-strings';

describe('a pool of texts', () => {
  it('gives back the text it is given, the same text every time', () => {
    const share = stringPool();
    const first = ['S00', '4'].join('');
    expect(share(first)).toBe('S004');
    expect(share('S004')).toBe('S004');
    expect(share('')).toBe('');
    expect(stringPool()('para-48')).toBe('para-48');
  });
});
