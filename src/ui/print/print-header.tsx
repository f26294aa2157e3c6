import { useLayoutEffect } from 'react';
import { viewUrl } from '../../domain/link/view-url';
import { printedOn } from '../../domain/print/sentences';
import { useApp } from '../shared/store-context';
import { usePrinting } from './use-printing';

export const APP_TITLE = 'Iraq–Iran equipment commonality';
const PRINTED_ON_PROPERTY = '--printed-on';

/**
 * The top of a printed page: the title, what the view shows, which catalogue, the day and the link
 * back to the view.
 */
export function PrintHeader({
  sentence,
  notes = [],
}: {
  sentence: string;
  /** What else paper must say of the view: rows or columns it leaves out. */
  notes?: readonly (string | null)[];
}) {
  const printing = usePrinting();
  const view = useApp((state) => state.view);
  const identity = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.identity : null,
  );
  // The day in every page's foot: the page margins read it from the root (print.css), since the
  // policy allows no inline <style>.
  useLayoutEffect(() => {
    if (!printing) return;
    const root = document.documentElement.style;
    root.setProperty(PRINTED_ON_PROPERTY, JSON.stringify(`Printed ${printedOn(new Date())}`));
    return () => {
      root.removeProperty(PRINTED_ON_PROPERTY);
    };
  }, [printing]);
  if (!printing) return null;
  const link = viewUrl(window.location.href, view);
  const catalogue = identity
    ? `${identity.title} (${identity.fileName})`
    : 'the built-in catalogue';
  const printed = `Printed ${printedOn(new Date())}`;
  return (
    <header className="print-header">
      <p className="print-title">{APP_TITLE}</p>
      <p className="print-sentence">{sentence}</p>
      {notes.map((note) =>
        note ? (
          <p key={note} className="print-note">
            {note}
          </p>
        ) : null,
      )}
      <p className="print-meta">
        From {catalogue} · {printed} · This view: <a href={link}>{link}</a>
      </p>
    </header>
  );
}
