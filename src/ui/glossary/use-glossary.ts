import type { GlossaryEntry } from '../../catalogue/schema';
import { markTerms, termMatcher, type TermMatcher } from '../../domain/glossary/mark-terms';

type TermSegment = ReturnType<typeof markTerms>[number];
import { glossaryPhrases } from '../../domain/glossary/term-phrases';
import { useCatalogueData } from '../shared/catalogue-data';
import { useVocabulary } from '../shared/use-facets';

/** The catalogue's glossary, or none while it loads. */
export const useGlossary = (): readonly GlossaryEntry[] => useCatalogueData().glossary;

// Each glossary's entries by id, built once: every marked term on screen looks its entry up.
const entryMaps = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry>>();
const entriesById = (glossary: readonly GlossaryEntry[]) => {
  let byId = entryMaps.get(glossary);
  if (!byId) {
    byId = new Map(glossary.map((entry) => [entry.id, entry]));
    entryMaps.set(glossary, byId);
  }
  return byId;
};

export const useGlossaryEntry = (id: string): GlossaryEntry | undefined =>
  entriesById(useGlossary()).get(id);

// One matcher per glossary, shared by every piece of marked text on screen.
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

function useTermMatcher(): TermMatcher {
  const glossary = useGlossary();
  const vocabulary = useVocabulary();
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = termMatcher(glossaryPhrases(glossary, vocabulary));
    matchers.set(glossary, matcher);
  }
  return matcher;
}

/** A text drawn again (a row re-rendered by a filter or a sort) is not searched again. */
const MARKED_TEXTS_KEPT = 5_000;
const markedTexts = new WeakMap<TermMatcher, Map<string, TermSegment[]>>();

/** The text cut into plain runs and glossary terms, worked out once per text and glossary. */
export function useMarkedTerms(text: string): TermSegment[] {
  const matcher = useTermMatcher();
  let texts = markedTexts.get(matcher);
  if (!texts) {
    texts = new Map();
    markedTexts.set(matcher, texts);
  }
  let segments = texts.get(text);
  if (!segments) {
    // A large catalogue scrolled end to end would otherwise keep every text it drew.
    if (texts.size >= MARKED_TEXTS_KEPT) texts.clear();
    segments = markTerms(text, matcher);
    texts.set(text, segments);
  }
  return segments;
}
