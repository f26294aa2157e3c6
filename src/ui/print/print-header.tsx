import { viewUrl } from '../../domain/link/view-url';
import { printedOn } from '../../domain/print/sentences';
import { useApp } from '../shared/store-context';
import { usePrinting } from './use-printing';

export const APP_TITLE = 'Iraq–Iran equipment commonality';

/**
 * The top of a printed page: the title, what the view shows, which catalogue, the day and the link
 * back to the view.
 */
export function PrintHeader({ sentence, note = null }: { sentence: string; note?: string | null }) {
  const printing = usePrinting();
  const view = useApp((state) => state.view);
  const identity = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.identity : null,
  );
  if (!printing) return null;
  const link = viewUrl(window.location.href, view);
  const catalogue = identity
    ? `${identity.title} (${identity.fileName})`
    : 'the built-in catalogue';
  return (
    <header className="print-header">
      <p className="print-title">{APP_TITLE}</p>
      <p className="print-sentence">{sentence}</p>
      {note ? <p className="print-sentence">{note}</p> : null}
      <p className="print-meta">
        From {catalogue} · Printed {printedOn(new Date())} · This view: <a href={link}>{link}</a>
      </p>
    </header>
  );
}
