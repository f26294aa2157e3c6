import type { Citation } from '../../catalogue/schema';

// Above this many citations a Map beats scanning the ones kept so far.
const SCAN_LIMIT = 16;

/** Each source and locator once, keeping the firmest confidence given for it. */
export function uniqueCitations(cites: readonly Citation[]): Citation[] {
  if (cites.length > SCAN_LIMIT) return uniqueByMap(cites);
  // Most facts have one to three citations, and every table cell asks again on each export:
  // a short scan spares a Map and a key string per citation.
  const kept: Citation[] = [];
  for (const cite of cites) {
    const index = kept.findIndex(
      (seen) => seen.source === cite.source && seen.locator === cite.locator,
    );
    if (index === -1) kept.push(cite);
    else if (kept[index]?.confidence === 'inferred' && cite.confidence === 'stated') {
      kept[index] = cite;
    }
  }
  return kept;
}

function uniqueByMap(cites: readonly Citation[]): Citation[] {
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
