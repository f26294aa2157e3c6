import { useCallback, useId, useRef, useState } from 'react';
import { CONFIDENCES } from '../../catalogue/vocabulary';
import type { CellSource } from '../../domain/sources/cell-source';
import { formatDate } from '../../domain/sources/format-date';
import { gradeId, gradeWords } from '../../domain/sources/trust';
import { useDismiss } from './use-dismiss';
import { useSourceIndex } from '../sources/use-source-index';

/**
 * A small button beside a fact that opens where it comes from: source, locator and confidence
 * for sourced facts; a note for general-reference and derived values. Esc closes it.
 */
export function CitationButton({ source, subject }: { source: CellSource; subject: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const sources = useSourceIndex();
  const close = useCallback(() => setOpen(false), []);

  useDismiss(open, close, wrapper);

  if (source.basis === 'none') return null;
  const marker =
    source.basis === 'sourced'
      ? [...new Set(source.cites.map((cite) => cite.source))].join(' ')
      : source.basis === 'reference'
        ? 'ref'
        : 'rule';
  const label =
    source.basis === 'sourced'
      ? `Sources for ${subject}`
      : source.basis === 'reference'
        ? `${subject} is general reference, not from a source`
        : `How ${subject} is worked out`;

  return (
    <span className="citation" ref={wrapper}>
      <button
        type="button"
        className={`cite-button cite-${source.basis}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {marker}
      </button>
      {open ? (
        <span id={panelId} className="cite-panel" role="group" aria-label={label}>
          {source.basis === 'sourced' ? (
            <ul>
              {source.cites.map((cite, index) => {
                const document = sources.get(cite.source);
                const locator = document?.locators.find((entry) => entry.id === cite.locator);
                return (
                  <li key={index}>
                    <a className="cite-source" href={`#source-${cite.source}`}>
                      {cite.source}
                    </a>{' '}
                    ·{' '}
                    {document
                      ? `${document.outlet}, ${formatDate(document.published.date, document.published.precision)}`
                      : 'unknown source'}
                    {document ? (
                      <span className="cite-grade">
                        {' '}
                        · graded {gradeId(document.grade)} ({gradeWords(gradeId(document.grade))})
                      </span>
                    ) : null}
                    <br />
                    <span className="cite-locator">{locator?.label ?? cite.locator}</span>
                    {locator ? <span className="cite-claim">“{locator.claim}”</span> : null}
                    <span className={`confidence confidence-${cite.confidence}`}>
                      {CONFIDENCES[cite.confidence].label}:{' '}
                      {CONFIDENCES[cite.confidence].description}
                    </span>
                  </li>
                );
              })}
            </ul>
          ) : source.basis === 'reference' ? (
            <span>
              General reference: a standard fact that none of the five source documents states.
            </span>
          ) : (
            <span>{source.rule}</span>
          )}
        </span>
      ) : null}
    </span>
  );
}
