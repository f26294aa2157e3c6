import { viewUrl } from '../../domain/link/view-url';
import { printedOn } from '../../domain/print/sentences';
import { useApp } from '../shared/store-context';
import { usePrinting } from './use-printing';

export const APP_TITLE = 'Iraq–Iran equipment commonality';

/** The top of a printed page: the title, what the view shows, the day and the link back to it. */
export function PrintHeader({ sentence }: { sentence: string }) {
  const printing = usePrinting();
  const view = useApp((state) => state.view);
  if (!printing) return null;
  const link = viewUrl(window.location.href, view);
  return (
    <header className="print-header">
      <p className="print-title">{APP_TITLE}</p>
      <p className="print-sentence">{sentence}</p>
      <p className="print-meta">
        Printed {printedOn(new Date())} · This view: <a href={link}>{link}</a>
      </p>
    </header>
  );
}
