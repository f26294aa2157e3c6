// Finding entries in the glossary: alphabetical order, and a search that matches the start of
// any word of the term (so "SPH" finds "Self-propelled howitzer (SPH)") or of its definition, or
// one of the entry's other names whole (so "C3" finds "C (reliability grade)").
import type { GlossaryEntry } from '../../catalogue/schema';
import { GRADE_ENTRY_NAMES, type EntryNames } from './grade-names';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The entries as a reader looks them up: by term, ignoring quotes and case. */
export const sortGlossary = (entries: readonly GlossaryEntry[]): GlossaryEntry[] =>
  [...entries].sort((a, b) =>
    collator.compare(a.term.replace(/^\W+/u, ''), b.term.replace(/^\W+/u, '')),
  );

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Every query word starts some word of the text or is one of the names whole: a name is matched
 * whole, so "C" finds the letter's entry and not every entry named by a grade with a C in it.
 */
const startsWords = (
  text: string,
  query: readonly string[],
  names: readonly string[] = [],
): boolean => {
  const own = words(text);
  const named = new Set(names.flatMap(words));
  return query.every(
    (word) => named.has(word) || own.some((candidate) => candidate.startsWith(word)),
  );
};

/**
 * Entries whose term and other names (or, with `inDefinitions`, definition too) match every word
 * of the query; term matches first. An empty query matches every entry. The other names are the
 * grades by default (`GRADE_ENTRY_NAMES`).
 */
export function searchGlossary(
  entries: readonly GlossaryEntry[],
  query: string,
  {
    inDefinitions = true,
    names = GRADE_ENTRY_NAMES,
  }: { inDefinitions?: boolean; names?: EntryNames } = {},
): GlossaryEntry[] {
  const wanted = words(query);
  const sorted = sortGlossary(entries);
  if (wanted.length === 0) return sorted;
  const byTerm = sorted.filter((entry) => startsWords(entry.term, wanted, names.get(entry.id)));
  if (!inDefinitions) return byTerm;
  const byDefinition = sorted.filter(
    (entry) =>
      !byTerm.includes(entry) &&
      startsWords(`${entry.term} ${entry.definition}`, wanted, names.get(entry.id)),
  );
  return [...byTerm, ...byDefinition];
}
