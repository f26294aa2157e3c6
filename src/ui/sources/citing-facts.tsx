import { useEffect, useState } from 'react';
import { countText } from '../../domain/view/count-text';
import type { Source } from '../../catalogue/register-schema';
import { CONFIDENCES } from '../../catalogue/vocabulary';
import type { CitingFact } from '../../domain/sources/citation-index';
import { usePaged } from '../shared/show-more';
import { useApp } from '../shared/store-context';

/** How many citing facts are drawn at once; a large catalogue cites one source 100,000 times. */
const PAGE = 200;
const NONE: CitingFact[] = [];

/** The facts that cite a source: listed only once opened, and drawn a page at a time. */
export function CitingFacts({ source, count }: { source: Source; count: number }) {
  const [open, setOpen] = useState(false);
  const service = useApp((state) => state.service);
  // The facts live with the systems, in the catalogue service: asked for when the list opens.
  const [facts, setFacts] = useState<{ of: unknown; facts: CitingFact[] } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void service.citing(source.id).then((found) => {
      if (live) setFacts({ of: service, facts: found });
    });
    return () => {
      live = false;
    };
  }, [open, service, source.id]);
  const listed = facts?.of === service ? facts.facts : null;
  const { visible, more } = usePaged(listed ?? NONE, PAGE);
  const labelOf = (id: string) => source.locators.find((locator) => locator.id === id)?.label ?? id;
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {countText(count)} {count === 1 ? 'fact cites' : 'facts cite'} {source.id}
      </summary>
      {open && !listed ? <p className="section-note">Finding the facts that cite it…</p> : null}
      {open && listed ? (
        <>
          <ul className="citing-facts">
            {visible.map((entry, position) => (
              <li key={position}>
                {entry.fact}{' '}
                <span className="event-meta">
                  ({labelOf(entry.locator)}; {CONFIDENCES[entry.confidence].label.toLowerCase()})
                </span>
              </li>
            ))}
          </ul>
          {more}
        </>
      ) : null}
    </details>
  );
}
