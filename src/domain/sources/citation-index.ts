// The reverse of every citation: for each source, the facts that cite it and where in it, so a
// reviewer can check one source's use in one place.
import type { Catalogue, Citation } from '../../catalogue/schema';
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  COUNTRY_IDS,
  type Confidence,
} from '../../catalogue/vocabulary';
import { variantName } from '../comparison/items';
import { formatDate } from './format-date';
import { uniqueCitations } from './unique-citations';

export type CitingFact = {
  /** The fact in a few words: "T-72 · ammunition: Makes". */
  fact: string;
  locator: string;
  confidence: Confidence;
};

/** Calls `visit` with each cited fact's citations, and its words only when asked for them. */
function eachCitedFact(
  catalogue: Catalogue,
  visit: (cites: readonly Citation[], fact: () => string) => void,
): void {
  for (const system of catalogue.systems) {
    for (const country of COUNTRY_IDS) {
      for (const variant of system[country]) {
        visit(variant.cites, () => `${system.name} · ${variantName(country, variant)}`);
      }
    }
    for (const capability of system.capabilities) {
      visit(capability.cites, () => {
        const kind = CAPABILITY_KINDS[capability.kind].label.toLowerCase();
        return `${system.name} · ${kind}: ${CAPABILITY_STATUSES[capability.status].label}`;
      });
    }
  }
  for (const item of catalogue.mentioned) visit(item.cites, () => `Mentioned · ${item.name}`);
  for (const event of catalogue.events) {
    visit(
      event.cites,
      () => `Event · ${formatDate(event.date, event.precision)}: ${event.description}`,
    );
  }
}

/**
 * How many facts cite each source, once per place cited. Counting writes no words, so the
 * register of a 100,000-system catalogue is ready at once; each source's list waits for its reader.
 */
export function citationCounts(catalogue: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  eachCitedFact(catalogue, (cites) => {
    for (const cite of uniqueCitations(cites)) {
      counts.set(cite.source, (counts.get(cite.source) ?? 0) + 1);
    }
  });
  return counts;
}

/** The facts that cite one source, and where in it: the list behind its count. */
export function citingFacts(catalogue: Catalogue, source: string): CitingFact[] {
  const facts: CitingFact[] = [];
  eachCitedFact(catalogue, (cites, fact) => {
    let words: string | undefined;
    for (const cite of uniqueCitations(cites)) {
      if (cite.source !== source) continue;
      words ??= fact();
      facts.push({ fact: words, locator: cite.locator, confidence: cite.confidence });
    }
  });
  return facts;
}
