import { describe, expect, it } from 'vitest';
import { clip, quote } from '../../../src/domain/view/quote';

const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

describe('clip', () => {
  it('leaves text within the limit alone', () => {
    expect(clip('abc', 3)).toBe('abc');
  });

  it('cuts between characters, never inside a surrogate pair or a joined emoji', () => {
    expect(clip(`ab\u{1F600}`, 3)).toBe('ab…');
    expect(clip(`a${family}${family}`, 15)).toBe(`a${family}…`);
    expect(clip('e\u0301e\u0301e\u0301', 3)).toBe('e\u0301…');
  });
});

describe('quote', () => {
  it('quotes a value, cut at 40 characters', () => {
    expect(quote('mbt')).toBe("'mbt'");
    expect(quote(`${'x'.repeat(39)}\u{1F600}`)).toBe(`'${'x'.repeat(39)}…'`);
  });
});
