// Finding entries in the glossary: alphabetical order, and a search that matches the start of
// any word of the term (so "SPH" finds "Self-propelled howitzer (SPH)") or of its definition.
import type { GlossaryEntry } from '../../catalogue/schema';

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

/** Every query word starts some word of the text. */
const startsWords = (text: string, query: readonly string[]): boolean => {
  const own = words(text);
  return query.every((word) => own.some((candidate) => candidate.startsWith(word)));
};

/**
 * Entries whose term (or, with `inDefinitions`, definition) matches every word of the query;
 * term matches first. An empty query matches every entry.
 */
export function searchGlossary(
  entries: readonly GlossaryEntry[],
  query: string,
  { inDefinitions = true }: { inDefinitions?: boolean } = {},
): GlossaryEntry[] {
  const wanted = words(query);
  const sorted = sortGlossary(entries);
  if (wanted.length === 0) return sorted;
  const byTerm = sorted.filter((entry) => startsWords(entry.term, wanted));
  if (!inDefinitions) return byTerm;
  const byDefinition = sorted.filter(
    (entry) => !byTerm.includes(entry) && startsWords(`${entry.term} ${entry.definition}`, wanted),
  );
  return [...byTerm, ...byDefinition];
}
