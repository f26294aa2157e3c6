import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Lines of text a cell shows before "more". */
const LINES = 3;

/**
 * Text held to a few lines, so one long reference fact cannot make its row tall; a "more" button
 * shows the rest, and "less" folds it again. Short text stays inline, its citation mark beside
 * it; only text found to run past the limit becomes a clamped box.
 */
export function ClampedText({ children, subject }: { children: ReactNode; subject: string }) {
  const box = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || open || typeof ResizeObserver === 'undefined') return;
    // Inline, the span has one box per line; clamped, it overflows its box when it is still long.
    const measure = () =>
      setCut((clamped) =>
        clamped
          ? element.scrollHeight > element.clientHeight + 1
          : element.getClientRects().length > LINES,
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element.parentElement ?? element);
    return () => observer.disconnect();
  }, [open, cut]);

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
