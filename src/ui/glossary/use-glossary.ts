import type { GlossaryEntry } from '../../catalogue/schema';
import { termMatcher, type TermMatcher } from '../../domain/glossary/mark-terms';
import { glossaryPhrases } from '../../domain/glossary/term-phrases';
import { useApp } from '../shared/store-context';

const NO_ENTRIES: GlossaryEntry[] = [];

/** The catalogue's glossary, or none while it loads. */
export const useGlossary = (): readonly GlossaryEntry[] =>
  useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.catalogue.glossary : NO_ENTRIES,
  );

export const useGlossaryEntry = (id: string): GlossaryEntry | undefined =>
  useApp((state) =>
    state.catalogue.status === 'ready'
      ? state.catalogue.data.catalogue.glossary.find((entry) => entry.id === id)
      : undefined,
  );

// One matcher per glossary, shared by every piece of marked text on screen.
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

export function useTermMatcher(): TermMatcher {
  const glossary = useGlossary();
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = termMatcher(glossaryPhrases(glossary));
    matchers.set(glossary, matcher);
  }
  return matcher;
}
