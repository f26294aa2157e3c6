// A file's bytes as text, or why they cannot be read: a file too large for the browser to hold
// as one string is refused by its size before it is read; UTF-16 is read, UTF-32 refused, and
// either is named; broken UTF-8 is refused at its first bad byte instead of shown as "�".
// JSON.parse would otherwise report all of these as "Unexpected token" (issue 24, B4 and B7).

/**
 * The longest string V8 holds (2^29 − 24 UTF-16 units). Past it Chromium's TextDecoder returns ''
 * without an error; other browsers allow more, but a file has to open in all of them.
 */
export const MAX_TEXT_BYTES = 536_870_888;

export type FileText = { ok: true; text: string } | { ok: false; message: string };

const megabytes = (bytes: number, round: (n: number) => number) =>
  `${round(bytes / 1_000_000).toLocaleString('en')} MB`;

/** Why a file of this size cannot be read as text, or null if it can. */
export function sizeProblem(size: number): string | null {
  if (size <= MAX_TEXT_BYTES) return null;
  // The limit is rounded down and the size to the nearest, so the size always reads larger.
  return `is ${megabytes(size, Math.round)}: larger than this browser can read as text (${megabytes(MAX_TEXT_BYTES, Math.floor)})`;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** From the byte order mark, or from where the zero bytes fall around the first character. */
export function encodingOf(bytes: Uint8Array): Encoding {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'utf-32le' : 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (bytes.length >= 4 && a === 0 && b === 0 && c === 0 && d !== 0) return 'utf-32be';
  if (bytes.length >= 4 && a !== 0 && b === 0 && c === 0 && d === 0) return 'utf-32le';
  // JSON text starts with an ASCII character, so UTF-16 without a mark has one zero byte beside it.
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'utf-16le';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'utf-16be';
  return 'utf-8';
}

const BLANK_BYTES = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const UTF8_MARK = [0xef, 0xbb, 0xbf];

/**
 * Why a file holds nothing either format could be, or null: it is empty, blank, or binary (a NUL
 * byte in its first 4 KB where the text is not UTF-16, as in an image, a workbook or an archive).
 * Said before any format is guessed, so an empty .csv is not called "a table".
 */
export function contentProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'is empty (0 bytes): there is nothing in it to open';
  const marked = UTF8_MARK.every((byte, i) => bytes[i] === byte) ? UTF8_MARK.length : 0;
  if (bytes.subarray(marked).every((byte) => BLANK_BYTES.has(byte))) {
    return 'holds nothing but blank space: there is nothing in it to open';
  }
  const head = bytes.subarray(0, 4096);
  if (encodingOf(head) === 'utf-8' && head.includes(0)) {
    return 'is not a text file: it holds binary data (an image, a spreadsheet workbook or an archive, for example), where the app opens CSV or JSON text';
  }
  return null;
}

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
};

/** Length of the UTF-8 sequence starting at `i` if it is well formed (WHATWG rules), else 0. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) length = 2;
  else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    if (first === 0xe0) low = 0xa0; // overlong
    if (first === 0xed) high = 0x9f; // surrogates
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    if (first === 0xf0) low = 0x90; // overlong
    if (first === 0xf4) high = 0x8f; // past U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k += 1) {
    const next = bytes[i + k];
    if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) {
      return 0;
    }
  }
  return length;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 character, or -1. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = sequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes a file's bytes, naming the encoding when it is refused. Never throws. */
export function decodeFileText(bytes: Uint8Array): FileText {
  const size = sizeProblem(bytes.length);
  if (size) return { ok: false, message: size };
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    return {
      ok: false,
      message: `is written in ${NAMES[encoding]}, which the app does not read: save it as UTF-8 and open it again`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') {
      return {
        ok: false,
        message: `is not valid ${NAMES[encoding]} (it has a broken character): save it as UTF-8 and open it again`,
      };
    }
    const at = firstBadUtf8Byte(bytes);
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      message: `is not valid UTF-8: the byte at offset ${at.toLocaleString('en')} (line ${lineOf(bytes, at).toLocaleString('en')}, ${hex(byte)}) is not part of any character. Save the file as UTF-8 and open it again`,
    };
  }
  // A decoder may give up on a huge input silently; only a byte order mark decodes to nothing.
  if (text === '' && bytes.length > 4) {
    return { ok: false, message: 'is larger than this browser can read as text' };
  }
  return { ok: true, text };
}
