import type { Citation } from '../../catalogue/schema';

/** Each source and locator once, keeping the firmest confidence given for it. */
export function uniqueCitations(cites: readonly Citation[]): Citation[] {
  const byPlace = new Map<string, Citation>();
  for (const cite of cites) {
    const key = `${cite.source} ${cite.locator}`;
    const seen = byPlace.get(key);
    if (!seen || (seen.confidence === 'inferred' && cite.confidence === 'stated')) {
      byPlace.set(key, cite);
    }
  }
  return [...byPlace.values()];
}
