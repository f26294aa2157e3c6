import type { Citation } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import { collatorRanks, type Rank } from './collator-rank';
import { formatDate } from './format-date';

/** A source named briefly enough to stand beside its id: "Uskowi on Iran, Feb 2014". */
export function sourceShortName(source: Pick<Source, 'outlet' | 'published'>): string {
  // The outlet's own aside, "(blog)" or "(very likely …)", is for the register, not a file cell.
  const outlet = source.outlet.replace(/\s*\([^)]*\)\s*$/u, '');
  return `${outlet}, ${formatDate(source.published.date, source.published.precision, { short: true })}`;
}

const numeric = new Intl.Collator('en', { numeric: true });

/** A locator in words: "para-16" → "para 16". */
const locatorWords = (locator: string): string => locator.replace(/-/gu, ' ');

type CitationsWriter = (cites: readonly Citation[]) => string;

type Place = { text: string; order: Rank };
type CitedSource = { label: string; order: Rank; places: Place[]; lastCall: number };

const byOrder = (a: { order: Rank }, b: { order: Rank }) => a.order.rank - b.order.rank;

/**
 * `citationsText` for the many rows of one export. Each source's label, each locator's words and
 * each one's place in the collator's order are worked out once per writer instead of once per row
 * (at 100,000 rows that was most of the export's time); the text is the same.
 */
export function citationsWriter(
  register: ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>>,
): CitationsWriter {
  const sourceRank = collatorRanks(numeric.compare);
  const placeRank = collatorRanks(numeric.compare);
  const sources = new Map<string, CitedSource>();
  const placesByLocator = new Map<string, Place>();
  // Locators that read the same ("para-1", "para 1") are one place, as they always were.
  const placesByText = new Map<string, Place>();
  let call = 0;

  const sourceOf = (id: string): CitedSource => {
    let source = sources.get(id);
    if (!source) {
      const entry = register.get(id);
      source = {
        label: entry ? `${id} (${sourceShortName(entry)})` : id,
        order: sourceRank(id),
        places: [],
        lastCall: 0,
      };
      sources.set(id, source);
    }
    return source;
  };
  const placeOf = (locator: string): Place => {
    let place = placesByLocator.get(locator);
    if (!place) {
      const text = locatorWords(locator);
      place = placesByText.get(text) ?? { text, order: placeRank(text) };
      placesByText.set(text, place);
      placesByLocator.set(locator, place);
    }
    return place;
  };

  return (cites) => {
    call += 1;
    const cited: CitedSource[] = [];
    for (const cite of cites) {
      const source = sourceOf(cite.source);
      if (source.lastCall !== call) {
        source.lastCall = call;
        source.places = [];
        cited.push(source);
      }
      const place = placeOf(cite.locator);
      if (!source.places.includes(place)) source.places.push(place);
    }
    return cited
      .sort(byOrder)
      .map(
        (source) =>
          `${source.label} ${source.places
            .sort(byOrder)
            .map((place) => place.text)
            .join(', ')}`,
      )
      .join('; ');
  };
}

/**
 * Citations for a file that must stand alone, each source named once with every place in it:
 * "S000 (Uskowi on Iran, Feb 2014) item 1, para 16; S002 (World Defense, Dec 2014) para 17".
 * A source the register lacks is cited by id alone.
 */
export function citationsText(
  cites: readonly Citation[],
  register: ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>>,
): string {
  return citationsWriter(register)(cites);
}
