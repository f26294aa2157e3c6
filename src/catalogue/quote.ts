// A value from a file, echoed in a problem message: cut to a readable length with its size
// stated. A 20 MB id once went into the page whole and froze it for seven seconds (issue 24, B1).

/** Characters of a value shown before it is cut. */
export const QUOTE_LIMIT = 60;

/** The first `limit` characters, never splitting a surrogate pair. */
function head(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

const size = (text: string) => `${text.length.toLocaleString('en')} characters`;

/** Text as it is, or its start and its size: `AAAA… (20,971,520 characters)`. */
export function cut(text: string, limit = QUOTE_LIMIT): string {
  return text.length <= limit ? text : `${head(text, limit)}… (${size(text)})`;
}

/** A value in quotes: `"t-72"`, or `"AAAA…" (20,971,520 characters)`. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  return text.length <= limit ? `"${text}"` : `"${head(text, limit)}…" (${size(text)})`;
}

/** valibot's `received` (a string arrives quoted, anything else as a word or number), cut. */
export function quoteReceived(received: string, limit = QUOTE_LIMIT): string {
  const quoted = received.length >= 2 && received.startsWith('"') && received.endsWith('"');
  return quoted ? quote(received.slice(1, -1), limit) : cut(received, limit);
}
