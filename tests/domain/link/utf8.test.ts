import { describe, expect, it } from 'vitest';
import { isUtf8, keysNotUtf8 } from '../../../src/domain/link/utf8';

describe('isUtf8', () => {
  it.each(['', 'T-72', '%EF%BF%BD', '\ufffd', '%F0%9F%98%80', '100%', '%ZZ', '+'])(
    'accepts %s',
    (raw) => {
      expect(isUtf8(raw)).toBe(true);
    },
  );

  it.each(['%E0%A4%A', '%C0%80', '%F0%9F%98', '%FF', '%ED%A0%80'])('refuses %s', (raw) => {
    expect(isUtf8(raw)).toBe(false);
  });
});

describe('keysNotUtf8', () => {
  it('names the keys whose first value is malformed, keyed as URLSearchParams keys them', () => {
    expect([...keysNotUtf8('?q=%E0%A4%A&type=%EF%BF%BD&q=ok&?op=%FF&x%20y=%C0%80')]).toEqual([
      'q',
      '?op',
      'x y',
    ]);
  });

  it('ignores a malformed value that repeats an earlier, well-formed key', () => {
    expect(keysNotUtf8('q=ok&q=%FF').size).toBe(0);
  });
});
