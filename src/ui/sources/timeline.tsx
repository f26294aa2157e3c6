import { useMemo } from 'react';
import type { CatalogueEvent } from '../../catalogue/schema';
import { eventDateBasis } from '../../domain/sources/event-date';
import { isSetAsideFact, SET_ASIDE } from '../../domain/sources/fact-strength';
import { formatDate } from '../../domain/sources/format-date';
import { CitationButton } from '../shared/citation-button';
import { usePaged } from '../shared/show-more';
import { useCounts } from './use-counts';

/** Events drawn at first: the built-in catalogue's all fit; a large file's show a page at a time. */
const PAGE = 100;

/**
 * The dated events the sources report, oldest first, each with how its date is known and its
 * citations; an event the evidence or grade filter sets aside stays listed and says so.
 */
export function Timeline({ events }: { events: readonly CatalogueEvent[] }) {
  const counts = useCounts();
  const sorted = useMemo(() => [...events].sort((a, b) => a.date.localeCompare(b.date)), [events]);
  const { visible, more } = usePaged(sorted, PAGE);
  return (
    <>
      <h2 id="timeline-title">Timeline</h2>
      <ol className="timeline" aria-labelledby="timeline-title">
        {visible.map((event) => {
          const basis = eventDateBasis(event);
          const setAside = isSetAsideFact(event.cites, counts);
          return (
            <li key={event.id} className={setAside ? 'set-aside' : undefined}>
              <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
              <span>
                {event.description}{' '}
                <span className="event-meta">
                  ({event.parties.join(', ')}
                  {setAside ? ` · ${SET_ASIDE}` : ''})
                </span>
                <CitationButton
                  source={{ basis: 'sourced', cites: event.cites }}
                  subject={event.description}
                />
                <span className="event-date-basis">
                  {basis.basis === 'stated'
                    ? `Date: ${basis.label}.`
                    : `Date: ${basis.label}. ${basis.note}`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {more}
    </>
  );
}
