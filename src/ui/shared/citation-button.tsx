import { useCallback, useId, useRef, useState } from 'react';
import { CONFIDENCES } from '../../catalogue/vocabulary';
import type { CellSource } from '../../domain/sources/cell-source';
import { formatDate } from '../../domain/sources/format-date';
import { corroborationOf, corroborationText } from '../../domain/sources/corroboration';
import { citationGrade } from '../../domain/sources/citation-grade';
import { Popover } from './popover';
import { useActions } from './store-context';
import { useDismiss } from './use-dismiss';
import { useSourceIndex } from './use-source-index';

/** "Sources for T-72" → "sources for T-72"; a leading abbreviation keeps its capitals. */
const lowerFirst = (text: string) =>
  text.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());

/** "reported by …" → "Reported by …", where it starts a line. */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A small button beside a fact that opens where it comes from: source, locator and confidence
 * for sourced facts; a note for general-reference and derived values, with the glossary entry
 * that explains them. Esc closes it and returns focus; so does a press elsewhere. Its name starts
 * with what it shows ("S000, sources for T-72"), so a voice user can say what they see.
 */
export function CitationButton({ source, subject }: { source: CellSource; subject: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const sources = useSourceIndex();
  const { openGlossary } = useActions();
  const close = useCallback(
    (reason: 'escape' | 'outside') => {
      setOpen(false);
      if (reason === 'escape') button?.focus();
    },
    [button],
  );

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

  const corroboration = source.basis === 'sourced' ? corroborationOf(source.cites, sources) : null;
  const glossaryTerm =
    source.basis === 'reference'
      ? 'general-reference'
      : source.basis === 'derived'
        ? 'commonality-level'
        : null;

  return (
    <span className="citation" ref={wrapper}>
      <button
        ref={setButton}
        type="button"
        className={`cite-button cite-${source.basis}`}
        aria-label={`${marker}, ${lowerFirst(label)}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {marker}
      </button>
      {open ? (
        <Popover anchor={button} id={panelId} label={label} className="cite-panel">
          {corroboration ? (
            <p className="cite-corroboration">{corroborationText(corroboration)}.</p>
          ) : null}
          {source.basis === 'sourced' ? (
            <ul>
              {source.cites.map((cite, index) => {
                const document = sources.get(cite.source);
                const locator = document?.locators.find((entry) => entry.id === cite.locator);
                const grade = document ? citationGrade(cite, document) : null;
                const gradeText = grade ? [grade.graded, ...grade.differences].join('; ') : null;
                return (
                  <li key={index}>
                    <a className="cite-source" href={`#source-${cite.source}`}>
                      {cite.source}
                    </a>{' '}
                    ·{' '}
                    {document
                      ? `${document.outlet}, ${formatDate(document.published.date, document.published.precision)}`
                      : 'unknown source'}
                    {/* An item from a report the document relays takes the report's grade, on a line of its own. */}
                    {grade && !grade.reportedBy ? (
                      <span className="cite-grade"> · {gradeText}</span>
                    ) : null}
                    <br />
                    {grade?.reportedBy ? (
                      <span className="cite-report">
                        {upperFirst(grade.reportedBy)}{' '}
                        <span className="cite-grade">· this item {gradeText}</span>
                      </span>
                    ) : null}
                    <span className="cite-locator">{locator?.label ?? cite.locator}</span>
                    {/* The claim is the project's paraphrase, never a quotation (issue 21, N7). */}
                    {locator ? (
                      <span className="cite-claim">
                        <span className="cite-claim-lead">In this project&rsquo;s words: </span>
                        {locator.claim}
                      </span>
                    ) : null}
                    {cite.differs ? (
                      <span className="cite-differs">Where it differs: {cite.differs}</span>
                    ) : null}
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
              General reference: a standard fact that none of the source documents states.
            </span>
          ) : (
            <span>{source.rule}</span>
          )}
          {glossaryTerm ? (
            <button
              type="button"
              className="link-button cite-more"
              onClick={() => {
                setOpen(false);
                openGlossary(glossaryTerm);
              }}
            >
              More in the glossary
            </button>
          ) : null}
        </Popover>
      ) : null}
    </span>
  );
}
