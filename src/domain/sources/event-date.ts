// How an event's date is known, in words the timeline, detail and print show beside it (issue 21,
// N19). An event without a date note takes its date from the cited passage; one with a note had
// its date worked out (from a weekday, another report or the document's own date), and the note
// says how, so a derived "November 2013" never reads as if the document gave it.
import type { CatalogueEvent } from '../../catalogue/schema';

type EventDateBasis =
  { basis: 'stated'; label: string } | { basis: 'worked-out'; label: string; note: string };

const EVENT_DATE_BASES = {
  stated: 'date as the cited passage gives it',
  'worked-out': 'date worked out, not given outright',
} as const;

export function eventDateBasis(event: Pick<CatalogueEvent, 'dateNote'>): EventDateBasis {
  return event.dateNote
    ? { basis: 'worked-out', label: EVENT_DATE_BASES['worked-out'], note: event.dateNote }
    : { basis: 'stated', label: EVENT_DATE_BASES.stated };
}
