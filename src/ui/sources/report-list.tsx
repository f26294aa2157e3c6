import type { Source } from '../../catalogue/register-schema';
import { reliabilityWords } from '../../domain/sources/trust';

/**
 * The reports a document carries from other originators, each with who carried it and its own
 * reliability and reason; an item citing one takes that reliability (issue 21, N22).
 */
/** The reason without its opening "Reliability B:", which the grade beside it already says. */
const groundOf = (report: NonNullable<Source['reports']>[number]) =>
  report.reason.replace(`Reliability ${report.reliability}:`, '').trim();

export function ReportList({ source }: { source: Pick<Source, 'id' | 'reports'> }) {
  if (!source.reports || source.reports.length === 0) return null;
  const headingId = `reports-${source.id}`;
  return (
    <div className="source-reports">
      <h4 id={headingId}>Reports it carries, each graded for its originator</h4>
      <ul aria-labelledby={headingId}>
        {source.reports.map((report) => (
          <li key={report.id}>
            <strong>{report.originator}</strong>
            {report.carrier ? `, carried by ${report.carrier}` : ''}
            <span className="report-grade">
              <strong>Reliability {report.reliability}</strong> (
              {reliabilityWords(report.reliability)}): {groundOf(report)}
            </span>
          </li>
        ))}
      </ul>
      <p className="report-note">
        An item citing one of these takes its reliability; its credibility stays the item&rsquo;s
        own, else the document&rsquo;s.
      </p>
    </div>
  );
}
