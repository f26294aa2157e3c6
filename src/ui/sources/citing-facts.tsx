import { useMemo, useState } from 'react';
import type { Catalogue, Source } from '../../catalogue/schema';
import { CONFIDENCES } from '../../catalogue/vocabulary';
import { citingFacts } from '../../domain/sources/citation-index';

/** How many citing facts are drawn at once; a large catalogue cites one source 100,000 times. */
const PAGE = 200;

/** The facts that cite a source: listed only once opened, and drawn a page at a time. */
export function CitingFacts({
  source,
  count,
  catalogue,
}: {
  source: Source;
  count: number;
  catalogue: Catalogue;
}) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const facts = useMemo(
    () => (open ? citingFacts(catalogue, source.id) : []),
    [open, catalogue, source.id],
  );
  const labelOf = (id: string) => source.locators.find((locator) => locator.id === id)?.label ?? id;
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {count.toLocaleString('en')} {count === 1 ? 'fact cites' : 'facts cite'} {source.id}
      </summary>
      {open ? (
        <>
          <ul className="citing-facts">
            {facts.slice(0, shown).map((entry, position) => (
              <li key={position}>
                {entry.fact}{' '}
                <span className="event-meta">
                  ({labelOf(entry.locator)}; {CONFIDENCES[entry.confidence].label.toLowerCase()})
                </span>
              </li>
            ))}
          </ul>
          {facts.length > shown ? (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              Show {Math.min(PAGE, facts.length - shown)} more of{' '}
              {facts.length.toLocaleString('en')}
            </button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}
