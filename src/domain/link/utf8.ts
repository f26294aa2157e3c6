// URLSearchParams decodes a malformed percent-encoded sequence to U+FFFD, and so it does the
// well-formed %EF%BF%BD: only the raw text can tell a broken link from one that carries �.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextEncoder();
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/** Whether a raw (still percent-encoded) query value decodes to well-formed UTF-8. */
export function isUtf8(raw: string): boolean {
  const bytes: number[] = [];
  for (let index = 0; index < raw.length;) {
    const escape = raw.slice(index + 1, index + 3);
    if (raw[index] === '%' && HEX_PAIR.test(escape)) {
      bytes.push(Number.parseInt(escape, 16));
      index += 3;
    } else {
      const char = String.fromCodePoint(raw.codePointAt(index) ?? 0);
      bytes.push(...utf8.encode(char));
      index += char.length;
    }
  }
  try {
    strictUtf8.decode(new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
}

/**
 * The keys whose first value in a raw query string is not well-formed UTF-8. Pairs are split the
 * way URLSearchParams splits them, so the keys match the ones it yields.
 */
export function keysNotUtf8(query: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const piece of query.replace(/^\?/, '').split('&')) {
    // The `&` keeps a `?` at the start of a later piece part of its key, as in the whole query.
    const [entry] = new URLSearchParams(`&${piece}`);
    if (!entry) continue;
    const [key, value] = entry;
    if (seen.has(key)) continue;
    seen.add(key);
    const equals = piece.indexOf('=');
    const raw = equals < 0 ? '' : piece.slice(equals + 1);
    if (value.includes('\ufffd') && !isUtf8(raw)) found.add(key);
  }
  return found;
}
