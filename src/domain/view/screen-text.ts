// What the screen draws of one text from a catalogue. A valid file may hold a name or a fact of
// 20 MB; laid out whole it froze the page for ten seconds (issue 24, B5). The screen draws the
// start and says how much is left; the data, the search and the CSV keep the whole text.
import { countText } from './count-text';
import { clipEnd } from './quote';

/** Characters of one text the screen draws: twice the longest text in the built-in catalogue. */
export const SCREEN_TEXT_LIMIT = 1000;

/** Characters of a name drawn: a name is also a heading and part of many labels a reader hears. */
export const NAME_LIMIT = 200;

/** The part of a text drawn, and the mark that says what is left (`''` when nothing is). */
export type ScreenText = { shown: string; mark: string };

/** Characters (code points, so an emoji counts once) from `start` to the end. */
function countCharactersFrom(text: string, start: number): number {
  let count = 0;
  let previous = 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of one character.
    const pairEnd = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
    if (!pairEnd) count += 1;
    previous = pairEnd ? 0 : code;
  }
  return count;
}

/**
 * The last few counts: one 20 MB name is drawn in a cell, a label, a heading and a checkbox, and
 * each render counted its 20 million characters again, one task of a second (issue 24, measured
 * by `npm run long-tasks`). The same string is found by identity, so a look-up costs nothing.
 */
const recentCounts: { text: string; start: number; count: number }[] = [];
const RECENT_COUNTS = 8;

function charactersFrom(text: string, start: number): number {
  const known = recentCounts.find((entry) => entry.text === text && entry.start === start);
  if (known) return known.count;
  const count = countCharactersFrom(text, start);
  recentCounts.unshift({ text, start, count });
  recentCounts.length = Math.min(recentCounts.length, RECENT_COUNTS);
  return count;
}

/** The mark after a cut text: `… (20,971,000 characters more)`. */
export const moreMark = (characters: number): string =>
  `… (${countText(characters)} ${characters === 1 ? 'character' : 'characters'} more)`;

/** A text as the screen draws it: whole, or its start and a mark saying how much is not drawn. */
export function screenParts(text: string, limit = SCREEN_TEXT_LIMIT): ScreenText {
  if (text.length <= limit) return { shown: text, mark: '' };
  const end = clipEnd(text, limit);
  return { shown: text.slice(0, end), mark: moreMark(charactersFrom(text, end)) };
}

/** The same as one string, for a label or a heading. */
export function screenText(text: string, limit = SCREEN_TEXT_LIMIT): string {
  const { shown, mark } = screenParts(text, limit);
  return shown + mark;
}

/** A name as the screen draws it, in a heading or a label. */
export const screenName = (name: string): string => screenText(name, NAME_LIMIT);
