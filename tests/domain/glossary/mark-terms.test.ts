import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
import { describe, expect, it } from 'vitest';
import { markTerms, termMatcher, termsIn } from '../../../src/domain/glossary/mark-terms';
import { glossaryPhrases, TERM_PHRASES } from '../../../src/domain/glossary/term-phrases';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { glossary } = loadShippedCatalogue().catalogue;
const matcher = termMatcher(glossaryPhrases(glossary, BUILT_IN_VOCABULARY));

describe('markTerms', () => {
  it('marks statuses and how firmly a fact is supported', () => {
    expect(markTerms('Makes · inferred', matcher)).toEqual([
      { text: 'Makes', term: 'makes' },
      { text: ' · ' },
      { text: 'inferred', term: 'inferred' },
    ]);
    expect(markTerms('Not reported', matcher)).toEqual([
      { text: 'Not reported', term: 'not-reported' },
    ]);
  });

  it('prefers the longest abbreviation and keeps the text around it', () => {
    expect(markTerms('Revolutionary Guard air force (IRGC-AF)', matcher)).toEqual([
      { text: 'Revolutionary Guard air force ' },
      { text: 'IRGC-AF', term: 'irgc-af', lead: '(', trail: ')' },
    ]);
    expect(termsIn('Revolutionary Guard (IRGC)', matcher)).toEqual(['irgc']);
    expect(termsIn('Iraqi Air Force (IqAF)', matcher)).toEqual(['iqaf']);
    expect(termsIn('Iranian Army (Artesh ground force)', matcher)).toEqual(['artesh']);
  });

  it('gives a term the brackets and stops that touch it, so no line breaks between them', () => {
    expect(markTerms('Iranian Army (Artesh ground force)', matcher)).toEqual([
      { text: 'Iranian Army ' },
      { text: 'Artesh', term: 'artesh', lead: '(' },
      { text: ' ground force)' },
    ]);
    expect(markTerms('an SPH, an APC.', matcher)).toEqual([
      { text: 'an ' },
      { text: 'SPH', term: 'sph', trail: ',' },
      { text: ' an ' },
      { text: 'APC', term: 'apc', trail: '.' },
    ]);
    // Between two terms the stop goes with the first, the bracket with the second.
    expect(markTerms('SPH, (APC)', matcher)).toEqual([
      { text: 'SPH', term: 'sph', trail: ',' },
      { text: ' ' },
      { text: 'APC', term: 'apc', lead: '(', trail: ')' },
    ]);
    const text = 'Revolutionary Guard (IRGC), “MBT”; SPH.';
    const joined = markTerms(text, matcher)
      .map(({ text: run, lead = '', trail = '' }) => lead + run + trail)
      .join('');
    expect(joined).toBe(text);
  });

  it('matches whole words and the case the UI prints, nothing inside other words', () => {
    expect(termsIn('Iran makes its own variant', matcher)).toEqual(['own-variant']);
    expect(termsIn('IRGCX and MBTs', matcher)).toEqual([]);
    expect(termsIn('Licence-built in Iran', matcher)).toEqual(['licence-built']);
  });

  it('marks platform types and their abbreviations with the glossary entry for the type', () => {
    expect(termsIn('Main battle tank', matcher)).toEqual(['mbt']);
    expect(termsIn('an SPH and an APC', matcher)).toEqual(['sph', 'apc']);
  });

  it('leaves text alone when the glossary lacks the entry', () => {
    const bare = termMatcher(glossaryPhrases([], BUILT_IN_VOCABULARY));
    expect(markTerms('Makes', bare)).toEqual([{ text: 'Makes' }]);
    expect(markTerms('', bare)).toEqual([]);
  });

  it('points only at entries the shipped glossary has', () => {
    const ids = new Set(glossary.map((entry) => entry.id));
    expect(TERM_PHRASES.filter(({ term }) => !ids.has(term))).toEqual([]);
  });
});
