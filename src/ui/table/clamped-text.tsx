import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Lines of text a cell shows before "more". */
const LINES = 3;
/** How many times one cell may change its mind before it keeps what it has. */
const MAX_FLIPS = 3;

/**
 * Text held to a few lines, so one long reference fact cannot make its row tall; a "more" button
 * shows the rest, and "less" folds it again. Short text stays inline, its citation mark beside
 * it; only text found to run past the limit becomes a clamped box.
 *
 * The text is measured inline (one box per line) whenever its text or its cell's width changes,
 * never from the clamped box: the clamped box is a block as wide as the cell, so it can hold in
 * three lines what inline text beside its mark needs four for, and measuring both ways would
 * clamp and unclamp for ever. Height changes, which clamping itself causes, are not measured.
 */
export function ClampedText({
  text,
  subject,
  children,
}: {
  /** The words shown, so a change of them is measured again. */
  text: string;
  subject: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);

  useLayoutEffect(() => {
    const element = box.current;
    const cell = element?.parentElement;
    if (!element || !cell || open || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    let flips = 0;
    let long: boolean | null = null;
    const measure = () => {
      const now = cell.clientWidth;
      if (Math.abs(now - width) < 1 || flips > MAX_FLIPS) return;
      width = now;
      element.classList.remove('clamp');
      const measured = element.getClientRects().length > LINES;
      element.classList.toggle('clamp', measured);
      if (long !== null && measured !== long) flips += 1;
      long = measured;
      setCut(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(cell);
    return () => observer.disconnect();
  }, [open, text]);

  return (
    <>
      <span ref={box} className={cut && !open ? 'clamp' : undefined}>
        {children}
      </span>
      {cut ? (
        <button
          type="button"
          className="link-button clamp-toggle"
          aria-expanded={open}
          aria-label={`${open ? 'Less' : 'More'} of ${subject}`}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'less' : 'more'}
        </button>
      ) : null}
    </>
  );
}
