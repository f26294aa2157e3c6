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

export function citationIndex(catalogue: Catalogue): Map<string, CitingFact[]> {
  const index = new Map<string, CitingFact[]>();
  const add = (fact: string, cites: readonly Citation[]) => {
    for (const cite of uniqueCitations(cites)) {
      const list = index.get(cite.source) ?? [];
      list.push({ fact, locator: cite.locator, confidence: cite.confidence });
      index.set(cite.source, list);
    }
  };
  for (const system of catalogue.systems) {
    for (const country of COUNTRY_IDS) {
      for (const variant of system[country]) {
        add(`${system.name} · ${variantName(country, variant)}`, variant.cites);
      }
    }
    for (const capability of system.capabilities) {
      const kind = CAPABILITY_KINDS[capability.kind].label.toLowerCase();
      const status = CAPABILITY_STATUSES[capability.status].label;
      add(`${system.name} · ${kind}: ${status}`, capability.cites);
    }
  }
  for (const item of catalogue.mentioned) add(`Mentioned · ${item.name}`, item.cites);
  for (const event of catalogue.events) {
    add(`Event · ${formatDate(event.date, event.precision)}: ${event.description}`, event.cites);
  }
  return index;
}
