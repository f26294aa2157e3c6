import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFileText,
  encodingOf,
  firstBadUtf8Byte,
  MAX_TEXT_BYTES,
  sizeProblem,
} from '../../src/catalogue/file-text';

const TEXT = '{ "title": "Café – 中文 🚀" }';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1)
    view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) =>
  Uint8Array.from(parts.flatMap((part) => Array.from(part)));
const textOf = (bytes: Uint8Array) => {
  const result = decodeFileText(bytes);
  return result.ok ? result.text : `refused: ${result.message}`;
};

describe('decodeFileText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(textOf(utf8(TEXT))).toBe(TEXT);
    expect(textOf(concat([0xef, 0xbb, 0xbf], utf8(TEXT)))).toBe(TEXT);
  });

  it.each([
    ['UTF-16 little-endian with a byte order mark', utf16(TEXT, true, true)],
    ['UTF-16 big-endian with a byte order mark', utf16(TEXT, false, true)],
    ['UTF-16 little-endian without one', utf16(TEXT, true, false)],
    ['UTF-16 big-endian without one', utf16(TEXT, false, false)],
  ])('reads %s as the same text', (_, bytes) => {
    expect(textOf(bytes)).toBe(TEXT);
  });

  it('refuses UTF-32 by name', () => {
    const bytes = concat([0xff, 0xfe, 0, 0], [0x7b, 0, 0, 0], [0x7d, 0, 0, 0]);
    expect(encodingOf(bytes)).toBe('utf-32le');
    expect(textOf(bytes)).toBe(
      'refused: is written in UTF-32 (little-endian), which the app does not read: save it as UTF-8 and open it again',
    );
  });

  it('refuses broken UTF-16 by name', () => {
    const bytes = concat([0xff, 0xfe], [0x7b, 0], [0x00, 0xd8], [0x7d, 0]);
    expect(textOf(bytes)).toMatch(/^refused: is not valid UTF-16 \(little-endian\)/);
  });

  it('refuses broken UTF-8 at the offset of its first bad byte', () => {
    const bytes = concat(utf8('{\n "title": "Caf'), [0xe9], utf8(' catalogue" }'));
    expect(textOf(bytes)).toBe(
      'refused: is not valid UTF-8: the byte at offset 16 (line 2, 0xE9) is not part of any character. Save the file as UTF-8 and open it again',
    );
  });
});

describe('firstBadUtf8Byte', () => {
  it.each([
    ['an overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x41, 0x80], 1],
  ])('finds %s', (_, bytes, offset) => {
    expect(firstBadUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with the browser decoder: -1 exactly when the bytes decode, and a good prefix', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map(utf8),
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.uint8Array({ maxLength: 3 }))
        .map(([text, tail]) => concat(utf8(text), tail)),
    );
    fc.assert(
      fc.property(bytes, (sample) => {
        const at = firstBadUtf8Byte(sample);
        expect(at === -1).toBe(decodes(sample));
        if (at >= 0) expect(decodes(sample.slice(0, at))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('sizeProblem', () => {
  it('says a file past what the browser can hold as text is too large, before it is read', () => {
    expect(sizeProblem(604_045_802)).toBe(
      'is 604 MB: larger than this browser can read as text (536 MB)',
    );
    expect(sizeProblem(MAX_TEXT_BYTES + 1)).toBe(
      'is 537 MB: larger than this browser can read as text (536 MB)',
    );
    expect(sizeProblem(MAX_TEXT_BYTES)).toBeNull();
  });
});
