import type { Citation, Source } from '../../catalogue/schema';
import { formatDate } from './format-date';

/** A citation in words for files and the clipboard: "S000 item 1". */
export const citationText = (cite: Citation): string =>
  `${cite.source} ${cite.locator.replace(/-/gu, ' ')}`;

/** A source named briefly enough to stand beside its id: "Uskowi on Iran, Feb 2014". */
export function sourceShortName(source: Pick<Source, 'outlet' | 'published'>): string {
  // The outlet's own aside, "(blog)" or "(very likely …)", is for the register, not a file cell.
  const outlet = source.outlet.replace(/\s*\([^)]*\)\s*$/u, '');
  return `${outlet}, ${formatDate(source.published.date, source.published.precision, { short: true })}`;
}

const numeric = new Intl.Collator('en', { numeric: true });

/**
 * Citations for a file that must stand alone, each source named once with every place in it:
 * "S000 (Uskowi on Iran, Feb 2014) item 1, para 16; S002 (World Defense, Dec 2014) para 17".
 * A source the register lacks is cited by id alone.
 */
export function citationsText(
  cites: readonly Citation[],
  register: ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>>,
): string {
  const places = new Map<string, Set<string>>();
  for (const cite of cites) {
    const list = places.get(cite.source) ?? new Set<string>();
    list.add(cite.locator.replace(/-/gu, ' '));
    places.set(cite.source, list);
  }
  return [...places.keys()]
    .sort(numeric.compare)
    .map((id) => {
      const source = register.get(id);
      const locators = [...(places.get(id) ?? [])].sort(numeric.compare).join(', ');
      return `${id}${source ? ` (${sourceShortName(source)})` : ''} ${locators}`;
    })
    .join('; ');
}
