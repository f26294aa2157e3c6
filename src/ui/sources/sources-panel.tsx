import { DATE_BASES } from '../../catalogue/vocabulary';
import { formatDate } from '../../domain/sources/format-date';
import { useApp } from '../shared/store-context';

/** The source register and the dated events drawn from it. */
export function SourcesPanel() {
  const data = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data : null,
  );
  if (!data) return null;
  const events = [...data.catalogue.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="section-note">
        Every fact in the table cites one of these documents by its id. Locators point to the list
        item or paragraph.
      </p>
      <ol className="source-list">
        {data.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <h3>
              <span className="source-id">{source.id}</span> {source.title}
            </h3>
            <p className="source-meta">
              {source.outlet}
              {source.author ? `, ${source.author}` : ''}
              {source.relays ? ` (relaying ${source.relays})` : ''} ·{' '}
              {formatDate(source.published.date, source.published.precision)} (
              {DATE_BASES[source.published.basis].label})
            </p>
            <p>{source.summary}</p>
            <details>
              <summary>{source.locators.length} passages used</summary>
              <ul>
                {source.locators.map((locator) => (
                  <li key={locator.id}>
                    <strong>{locator.label}:</strong> {locator.claim}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      <h2 id="timeline-title">Timeline</h2>
      <ol className="timeline" aria-labelledby="timeline-title">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
            <span>
              {event.description}{' '}
              <span className="event-meta">
                ({event.parties.join(', ')} · {event.cites.map((cite) => cite.source).join(', ')})
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
