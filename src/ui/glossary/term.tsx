import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { screenParts } from '../../domain/view/screen-text';
import { Popover } from '../shared/popover';
import { CutMark } from '../shared/screen-text';
import { useActions } from '../shared/store-context';
import { useDismiss } from '../shared/use-dismiss';
import { useGlossaryEntry, useMarkedTerms } from './use-glossary';

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 250;

/** How the definition came to be open: a pointer resting on it, keyboard focus, or a press. */
type Shown = 'hover' | 'focus' | 'pressed' | null;

/** Words written with two or more capitals are abbreviations: "MBT", "IqAF", "IRGC-AF". */
const isAbbreviation = (text: string) => (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/**
 * A word the glossary explains, marked where it appears. Its definition opens on hover, on
 * keyboard focus and on a press or tap (a press keeps it open); Esc or a press elsewhere closes
 * it, and it offers the whole glossary at that entry. Without an entry it is plain text.
 */
export function Term({
  term,
  children,
  className = '',
  label,
}: {
  /** The glossary id. */
  term: string;
  children: ReactNode;
  className?: string;
  /** An accessible name for a button whose text is a symbol ("?"). */
  label?: string;
}) {
  const entry = useGlossaryEntry(term);
  const { openGlossary } = useActions();
  const [shown, setShown] = useState<Shown>(null);
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const panelId = useId();

  const later = (ms: number, action: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, ms);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const close = useCallback(
    (reason: 'escape' | 'outside') => {
      clearTimeout(timer.current);
      setShown(null);
      if (reason === 'escape') button?.focus();
    },
    [button],
  );
  useDismiss(shown !== null, close, wrapper);

  if (!entry) return <>{children}</>;
  const open = shown !== null;

  return (
    <span
      className="term"
      ref={wrapper}
      onPointerEnter={(event) => {
        if (event.pointerType !== 'mouse') return;
        if (shown === null) later(HOVER_OPEN_MS, () => setShown((now) => now ?? 'hover'));
        else clearTimeout(timer.current);
      }}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'mouse') return;
        if (shown === 'hover' || shown === null)
          later(HOVER_CLOSE_MS, () => setShown((now) => (now === 'hover' ? null : now)));
      }}
      onBlur={(event) => {
        // An update function: focus can come and go before the render that showed the preview
        // (a dialog focuses its first control, then the one it means to).
        if (!wrapper.current?.contains(event.relatedTarget as Node | null))
          setShown((now) => (now === 'focus' ? null : now));
      }}
    >
      <button
        ref={setButton}
        type="button"
        className={`term-button ${className}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onFocus={() => setShown((now) => now ?? 'focus')}
        onClick={() => setShown((now) => (now === 'pressed' ? null : 'pressed'))}
      >
        {typeof children === 'string' && isAbbreviation(children) ? (
          <abbr>{children}</abbr>
        ) : (
          children
        )}
      </button>
      {open ? (
        <Popover anchor={button} id={panelId} label={entry.term} className="term-panel">
          <strong className="term-panel-term">{entry.term}</strong>
          <span className="term-panel-definition">{entry.definition}</span>
          {/* A preview (hover or focus) is a tooltip: its button joins the Tab order only once
              the term is pressed, so tabbing past terms costs one stop each. */}
          <button
            type="button"
            tabIndex={shown === 'pressed' ? undefined : -1}
            className="link-button term-panel-more"
            onClick={() => {
              // The glossary is a modal dialog, which gives focus back on closing to what had it
              // on opening: the term, not this button, which goes with the popover.
              button?.focus();
              setShown(null);
              openGlossary(entry.id);
            }}
          >
            Open in the glossary
          </button>
        </Popover>
      ) : null}
    </span>
  );
}

/** Text with every glossary term in it marked; a text too long to draw is cut with a mark. */
export function TermText({ text }: { text: string }) {
  const { shown, mark } = screenParts(text);
  const segments = useMarkedTerms(shown);
  return (
    <>
      {segments.map(({ text, term, lead, trail }, index) => {
        const marked = term ? (
          <Term key={index} term={term}>
            {text}
          </Term>
        ) : (
          text
        );
        // The bracket or stop touching a term goes on its line: a term is a box of its own,
        // which a line may otherwise break before or after.
        return lead || trail ? (
          <span key={index} className="term-glue">
            {lead}
            {marked}
            {trail}
          </span>
        ) : (
          marked
        );
      })}
      <CutMark mark={mark} />
    </>
  );
}
