import type { CatalogueEvent } from '../../catalogue/schema';
import { formatDate } from '../../domain/sources/format-date';

/** The dated events the sources report, oldest first. */
export function Timeline({ events }: { events: readonly CatalogueEvent[] }) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <h2 id="timeline-title">Timeline</h2>
      <ol className="timeline" aria-labelledby="timeline-title">
        {sorted.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
            <span>
              {event.description}{' '}
              <span className="event-meta">
                ({event.parties.join(', ')} ·{' '}
                {[...new Set(event.cites.map((cite) => cite.source))].join(', ')})
              </span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
