import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  moreMark,
  SCREEN_TEXT_LIMIT,
  screenParts,
  screenText,
} from '../../../src/domain/view/screen-text';

describe('screenParts', () => {
  it('draws a text within the limit whole, with no mark', () => {
    const text = 'x'.repeat(SCREEN_TEXT_LIMIT);
    expect(screenParts(text)).toEqual({ shown: text, mark: '' });
  });

  it('draws the start of a 20 MB text and counts the rest', () => {
    const text = 'A'.repeat(20 * 1024 * 1024);
    const { shown, mark } = screenParts(text);
    expect(shown).toBe('A'.repeat(SCREEN_TEXT_LIMIT));
    expect(mark).toBe('… (20,970,520 characters more)');
  });

  it('never cuts inside an emoji, and counts an emoji as one character', () => {
    const smile = '\u{1F600}';
    const { shown, mark } = screenParts(`ab${smile}${smile}`, 3);
    expect(shown).toBe('ab');
    expect(mark).toBe(moreMark(2));
  });

  it('counts a lone surrogate as a character of its own', () => {
    expect(screenParts('abc\uD800d\uDC00', 3).mark).toBe(moreMark(3));
  });

  it('says "character" for one', () => {
    expect(screenParts('abcd', 3).mark).toBe('… (1 character more)');
  });

  it('always draws a start of the text no longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(40), (text, limit) => {
        const { shown, mark } = screenParts(text, limit);
        expect(text.startsWith(shown)).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(Math.max(limit, 0));
        expect(mark === '').toBe(shown === text);
        if (mark !== '') expect(mark).toBe(moreMark([...text.slice(shown.length)].length));
      }),
    );
  });
});

describe('screenText', () => {
  it('is the drawn start and the mark as one string', () => {
    expect(screenText('abcdef', 2)).toBe('ab… (4 characters more)');
    expect(screenText('ab', 2)).toBe('ab');
  });
});
