import type { Citation, Source } from '../../catalogue/schema';
import { sourceNotes } from '../../domain/print/cited-sources';
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
  legend = false,
}: {
  cites: () => readonly Citation[];
  legend?: boolean;
}) {
  const printing = usePrinting();
  const register = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.sources : NO_SOURCES,
  );
  if (!printing) return null;
  const notes = sourceNotes(cites(), register);
  return (
    <section className="print-notes" aria-labelledby="print-notes-title">
      {legend ? <FactLegend /> : null}
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
    </section>
  );
}
