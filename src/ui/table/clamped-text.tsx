import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { watchClamp } from './clamp-watch';

/**
 * Text held to a few lines, so one long reference fact cannot make its row tall; a "more" button
 * shows the rest, and "less" folds it again. Short text stays inline, its citation mark beside
 * it; only text found to run past the limit becomes a clamped box.
 *
 * The text is measured inline (one box per line) whenever its text or its cell's width changes
 * (`clamp-watch.ts` measures every cell's text at once), never from the clamped box: the clamped
 * box is a block as wide as the cell, so it can hold in three lines what inline text beside its
 * mark needs four for, and measuring both ways would clamp and unclamp for ever. Height changes, which clamping itself causes, are not measured.
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
    if (!element || !cell || open) return;
    return watchClamp(element, cell, setCut);
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
