import type { Citation } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import { sourceNotes } from '../../domain/print/cited-sources';
import type { LevelNote } from '../../domain/print/level-notes';
import { FACT_GRADE_NOTE } from '../../domain/sources/fact-grade-note';
import { formatDate } from '../../domain/sources/format-date';
import { gradeId, gradeWords } from '../../domain/sources/trust';
import { useApp } from '../shared/store-context';
import { FactLegend } from '../table/fact-legend';
import { usePrinting } from './use-printing';

const NO_SOURCES: Source[] = [];

/**
 * The end of a printed page: the sources the view cites, as numbered notes, in place of the
 * popovers and the full register that paper cannot open. `cites` is only called when printing.
 */
export function PrintNotes({
  cites,
  levels,
  legend = false,
}: {
  cites: () => readonly Citation[];
  /** How each printed system got its level; called only when printing. */
  levels: () => readonly LevelNote[];
  legend?: boolean;
}) {
  const printing = usePrinting();
  const register = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.sources : NO_SOURCES,
  );
  if (!printing) return null;
  const notes = sourceNotes(cites(), register);
  const reasons = levels();
  return (
    <>
      {legend ? <FactLegend /> : null}
      {reasons.length > 0 ? (
        <section className="print-notes" aria-labelledby="print-levels-title">
          <h2 id="print-levels-title">How each commonality level was worked out</h2>
          <ul className="print-levels">
            {reasons.map(({ id, name, reason }) => (
              <li key={id}>
                <strong>{name}</strong>: {reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="print-notes" aria-labelledby="print-notes-title">
        <h2 id="print-notes-title">Sources cited</h2>
        {notes.length === 0 ? (
          <p>No source document is cited: every fact shown is general reference or worked out.</p>
        ) : (
          <ol>
            {notes.map(({ number, source, passages }) => (
              <li key={source.id} value={number}>
                <strong>{source.id}</strong> {source.title}. {source.outlet}
                {source.author ? `, ${source.author}` : ''},{' '}
                {formatDate(source.published.date, source.published.precision)}. Graded{' '}
                {gradeId(source.grade)} ({gradeWords(gradeId(source.grade))}).{' '}
                <span className="print-passages">
                  Cited: {passages.map((passage) => passage.label).join('; ')}.
                </span>
              </li>
            ))}
          </ol>
        )}
        {notes.length > 0 ? <p className="print-note">{FACT_GRADE_NOTE}</p> : null}
      </section>
    </>
  );
}
