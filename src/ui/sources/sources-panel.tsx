import { FACT_GRADE_NOTE } from '../../domain/sources/fact-grade-note';
import { DATE_BASES } from '../../catalogue/vocabulary';
import { formatDate } from '../../domain/sources/format-date';
import { gradeId, gradeWords } from '../../domain/sources/trust';
import { useApp } from '../shared/store-context';
import { CitingFacts } from './citing-facts';
import { PassageList } from './passage-list';
import { ReportList } from './report-list';
import { Timeline } from './timeline';

/** The source register, each source with its grade and every fact that cites it; the timeline. */
export function SourcesPanel() {
  const data = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data : null,
  );
  const counts = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.citations : null,
  );
  if (!data || !counts) return null;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="section-note">
        Every fact in the table cites one or more of these documents by its id. Locators point to
        the list item or paragraph. Each source carries a grade in the NATO Admiralty Code — how
        reliable the source is (A–F) and how credible its information (1–6); F and 6 mean it cannot
        be judged. A document that relays another originator&rsquo;s report lists that report with a
        reliability of its own. The grades are this project&rsquo;s own assessment, with the reason
        beside each. {FACT_GRADE_NOTE}
      </p>
      <ol className="source-list">
        {data.sources.map((source) => {
          const grade = gradeId(source.grade);
          return (
            <li key={source.id} id={`source-${source.id}`} tabIndex={-1}>
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
              {/* How the date is known, which the basis label alone does not say (N19). */}
              {source.published.note ? (
                <p className="source-date-note">Date: {source.published.note}</p>
              ) : null}
              <p className="source-grade">
                <strong>Graded {grade}</strong> ({gradeWords(grade)}): {source.grade.reason}
              </p>
              <ReportList source={source} />
              <p>{source.summary}</p>
              {source.coverage ? (
                <p className="source-coverage">
                  <strong>What it covers:</strong> {source.coverage.note}
                </p>
              ) : null}
              <PassageList source={source} />
              <CitingFacts source={source} count={counts.get(source.id) ?? 0} />
            </li>
          );
        })}
      </ol>
      <Timeline events={data.catalogue.events} />
    </section>
  );
}
