const QUOTE_MAX_LENGTH = 40;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text cut to at most `max` UTF-16 units, with … when something was cut. The cut falls between
 * user-perceived characters, so an emoji (a surrogate pair, or a family joined by ZWJ) is never
 * left half shown.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, clipEnd(text, max))}…`;
}

/** Where text cut to at most `max` UTF-16 units ends, between user-perceived characters. */
export function clipEnd(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let end = 0;
  // A grapheme that crosses `max` is dropped whole, so segmenting a little past it is enough.
  for (const { segment } of graphemes.segment(text.slice(0, max + 32))) {
    if (end + segment.length > max) break;
    end += segment.length;
  }
  return end;
}

/** A value as a notice quotes it: in quotes, and cut short if it is long. */
export const quote = (text: string): string => `'${clip(text, QUOTE_MAX_LENGTH)}'`;
