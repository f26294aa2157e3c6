// Where the glossary meets the words on screen: each phrase the UI prints that a glossary entry
// explains, with that entry's id. Matching is case-sensitive and on whole words, so "Makes" (a
// status) is marked and "Iran makes its own variant" is not marked as a status.
import { platformTypeEntry } from '../../catalogue/built-in-vocabulary';
import type { GlossaryEntry, Vocabulary } from '../../catalogue/schema';

export type TermPhrase = { phrase: string; term: string };

export const TERM_PHRASES: readonly TermPhrase[] = [
  // Statuses and how firmly a source supports a fact.
  { phrase: 'Not reported', term: 'not-reported' },
  { phrase: 'Makes', term: 'makes' },
  { phrase: 'Offers', term: 'offers' },
  { phrase: 'Has built', term: 'built' },
  { phrase: 'Has experience', term: 'service-experience' },
  { phrase: 'inferred', term: 'inferred' },
  { phrase: 'rests on an inference', term: 'inferred' },
  { phrase: 'stated outright', term: 'stated' },
  { phrase: 'set aside', term: 'set-aside' },
  // How Iran has a system.
  { phrase: 'Licence-built', term: 'licence-built' },
  { phrase: 'own variant', term: 'own-variant' },
  { phrase: 'In Iranian service', term: 'in-service' },
  // Operators and their abbreviations.
  { phrase: 'IRGC-AF', term: 'irgc-af' },
  { phrase: 'IRGC', term: 'irgc' },
  { phrase: 'IqAF', term: 'iqaf' },
  { phrase: 'Artesh', term: 'artesh' },
  { phrase: 'Federal Police', term: 'federal-police' },
];

/** Each platform type's label and abbreviation, pointing at the entry that explains the type. */
function platformTypePhrases(
  glossary: readonly GlossaryEntry[],
  vocabulary: Vocabulary,
): TermPhrase[] {
  return glossary.flatMap((entry) => {
    if (!entry.platformType) return [];
    const { label, abbreviation } = platformTypeEntry(vocabulary, entry.platformType);
    return [label, ...(abbreviation ? [abbreviation] : [])].map((phrase) => ({
      phrase,
      term: entry.id,
    }));
  });
}

/** The term of each entry that is another name for a system ("Kalashnikov"), as it is written. */
const systemNamePhrases = (glossary: readonly GlossaryEntry[]): TermPhrase[] =>
  glossary.flatMap((entry) => (entry.system ? [{ phrase: entry.term, term: entry.id }] : []));

/** Every phrase the UI marks, keeping only those whose entry this glossary has. */
export function glossaryPhrases(
  glossary: readonly GlossaryEntry[],
  vocabulary: Vocabulary,
): TermPhrase[] {
  const ids = new Set(glossary.map((entry) => entry.id));
  return [
    ...TERM_PHRASES,
    ...platformTypePhrases(glossary, vocabulary),
    ...systemNamePhrases(glossary),
  ].filter(({ term }) => ids.has(term));
}
