// A SIPRI export's bytes as text. The site writes Windows-1252 without a byte order mark, so
// "Côte d'Ivoire" is one byte 0xF4, which UTF-8 refuses; a file an analyst saved again may be
// UTF-8 or UTF-16 instead. Windows-1252 decodes any byte, so it is tried last.
import { decodeFileText, encodingOf, type FileText } from '../file-text';
import { findPreamble, HEADER_SEARCH_CHARS } from './trade-register';

type SipriText = FileText & { encoding?: string };

const isUtf16 = (encoding: string) => encoding === 'utf-16le' || encoding === 'utf-16be';

/**
 * A file saved with old Mac line endings (a carriage return alone) has no line feed at all: its
 * returns become line feeds, so its lines are found. Any other file is left as it is.
 */
const withLineFeeds = (text: string): string =>
  text.includes('\n') || !text.includes('\r') ? text : text.replaceAll('\r', '\n');

/** The start of the file as text, read well enough to find the header in. */
function headOf(bytes: Uint8Array): string | null {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return null;
  if (isUtf16(encoding)) {
    return withLineFeeds(
      new TextDecoder(encoding).decode(bytes.subarray(0, HEADER_SEARCH_CHARS * 2)),
    );
  }
  // Any byte decodes, and the header itself is ASCII; TextDecoder drops a UTF-8 mark only for UTF-8.
  return withLineFeeds(
    new TextDecoder('windows-1252')
      .decode(bytes.subarray(0, HEADER_SEARCH_CHARS))
      .replace(/^\u00EF\u00BB\u00BF/, ''),
  );
}

/** Whether the file starts like a SIPRI trade-register export. */
export function isSipriExport(bytes: Uint8Array): boolean {
  const head = headOf(bytes);
  return head !== null && findPreamble(head) !== null;
}

/** The whole export as text, with line feeds, and the encoding it was read in. */
export function decodeSipriText(bytes: Uint8Array): SipriText {
  const decoded = decodeIn(bytes);
  return decoded.ok ? { ...decoded, text: withLineFeeds(decoded.text) } : decoded;
}

function decodeIn(bytes: Uint8Array): SipriText {
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') {
    const decoded = decodeFileText(bytes);
    return decoded.ok ? { ...decoded, encoding: 'UTF-16' } : decoded;
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252',
    };
  }
}

/** Whether a file that is not SIPRI's looks like a CSV or TSV table rather than JSON. */
export function looksLikeTable(fileName: string, bytes: Uint8Array): boolean {
  if (/\.(csv|tsv)$/i.test(fileName)) return true;
  const head =
    headOf(bytes.subarray(0, 4096))
      ?.replace(/^\uFEFF/, '')
      .trimStart() ?? '';
  if (head.startsWith('{') || head.startsWith('[')) return false;
  const firstLine = head.split('\n', 1)[0] ?? '';
  return firstLine.includes(',') || firstLine.includes('\t') || firstLine.includes(';');
}
