// Splits a piece of text into plain runs and the glossary terms inside it, so the UI can mark
// each term where it appears without the domain knowing how it is drawn.
import type { TermPhrase } from './term-phrases';

/**
 * A plain run, or a term with the punctuation that must stay on its line: an opening bracket or
 * quote just before it (`lead`), a closing one or a stop just after it (`trail`).
 */
type TermSegment = { text: string; term?: string; lead?: string; trail?: string };

/** "(" and "“" before a term, and ")", "”", "," or "." after it, never end or start a line. */
const LEAD = /[([{“‘"']+$/u;
const TRAIL = /^[)\]}”’"',.;:!?]+/u;

export type TermMatcher = { pattern: RegExp | null; termOf: ReadonlyMap<string, string> };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all phrases, longest first, so "IRGC-AF" wins over "IRGC". */
export function termMatcher(phrases: readonly TermPhrase[]): TermMatcher {
  const termOf = new Map<string, string>();
  for (const { phrase, term } of phrases) if (!termOf.has(phrase)) termOf.set(phrase, term);
  if (termOf.size === 0) return { pattern: null, termOf };
  const alternatives = [...termOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Whole words only: no letter, digit or hyphen may touch the phrase on either side.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return { pattern, termOf };
}

export function markTerms(text: string, { pattern, termOf }: TermMatcher): TermSegment[] {
  if (!pattern || text === '') return text === '' ? [] : [{ text }];
  const segments: TermSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: match[0], term: termOf.get(match[0]) ?? '' });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return gluePunctuation(segments);
}

/** Moves the punctuation touching each term into it, dropping plain runs left empty. */
function gluePunctuation(segments: TermSegment[]): TermSegment[] {
  segments.forEach((segment, at) => {
    if (segment.term === undefined) return;
    const before = segments[at - 1];
    const after = segments[at + 1];
    const lead = before?.term === undefined ? before?.text.match(LEAD)?.[0] : undefined;
    const trail = after?.term === undefined ? after?.text.match(TRAIL)?.[0] : undefined;
    if (before && lead) {
      before.text = before.text.slice(0, -lead.length);
      segment.lead = lead;
    }
    if (after && trail) {
      after.text = after.text.slice(trail.length);
      segment.trail = trail;
    }
  });
  return segments.filter((segment) => segment.term !== undefined || segment.text !== '');
}

/** The ids of the terms a text mentions, each once. */
export const termsIn = (text: string, matcher: TermMatcher): string[] => [
  ...new Set(markTerms(text, matcher).flatMap((segment) => segment.term ?? [])),
];
