import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { viewToSearch } from '../../domain/link/encode';
import { searchGlossary } from '../../domain/glossary/search';
import { useActions, useApp, useViewStore } from '../shared/store-context';
import { useGlossary } from './use-glossary';

/** The id of an entry's anchor on the page: `glossary-mbt`. */
const glossaryAnchor = (id: string) => `glossary-${id}`;

/** "Main battle tank (MBT)" with the abbreviation marked as one. */
function TermName({ term }: { term: string }): ReactNode {
  const parts = term.split(/(\p{Lu}[\p{L}-]*\p{Lu}[\p{L}]*)/u);
  return parts.map((part, index) =>
    index % 2 === 1 ? <abbr key={index}>{part}</abbr> : part || null,
  );
}

/**
 * Every term the app uses, searchable, each with an anchor and a link of its own (gloss=1&term=…).
 * A modal dialog like the detail, and above it when opened from it; Esc or Back closes it.
 */
export function GlossaryDialog() {
  const open = useApp((state) => state.view.glossaryOpen);
  const selected = useApp((state) => state.view.glossaryTerm);
  const glossary = useGlossary();
  const store = useViewStore();
  const { openGlossary, closeGlossary } = useActions();
  const [query, setQuery] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const countId = useId();
  const entries = searchGlossary(glossary, query);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      if (!selected) search.current?.focus();
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
      setQuery('');
    }
  }, [open, selected]);

  // An entry opened by a link or a term's popover is brought into view and takes focus.
  useEffect(() => {
    if (!open || !selected) return;
    const entry = document.getElementById(glossaryAnchor(selected));
    if (!entry) return;
    entry.focus({ preventScroll: true });
    entry.scrollIntoView?.({ block: 'nearest' });
  }, [open, selected]);

  const hrefFor = (term: string) =>
    viewToSearch({ ...store.getState().view, glossaryOpen: true, glossaryTerm: term }) || '?';

  return (
    <dialog
      ref={dialog}
      className="modal glossary-dialog"
      aria-labelledby="glossary-title"
      onClose={() => {
        if (store.getState().view.glossaryOpen) closeGlossary();
      }}
    >
      {open ? (
        <article>
          <header className="detail-header">
            <div>
              <h2 id="glossary-title">Glossary</h2>
              <p className="section-note">
                What the words in this app mean. Terms marked with a dotted underline elsewhere open
                their entry here.
              </p>
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label="Close the glossary"
              onClick={closeGlossary}
            >
              ×
            </button>
          </header>
          <div className="search-box glossary-search">
            <label htmlFor={searchId}>Search the glossary</label>
            <input
              ref={search}
              id={searchId}
              type="search"
              value={query}
              aria-describedby={countId}
              placeholder="e.g. SPH, Artesh, inferred"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <p id={countId} className="glossary-count" role="status">
            {query.trim() === ''
              ? `${glossary.length} terms`
              : `${entries.length} of ${glossary.length} terms match “${query.trim()}”`}
          </p>
          <dl className="glossary-list">
            {entries.map((entry) => (
              <div
                key={entry.id}
                id={glossaryAnchor(entry.id)}
                tabIndex={-1}
                className={`glossary-item${entry.id === selected ? ' is-selected' : ''}`}
              >
                <dt>
                  <dfn>
                    <a
                      href={hrefFor(entry.id)}
                      aria-current={entry.id === selected ? 'true' : undefined}
                      onClick={(event) => {
                        event.preventDefault();
                        openGlossary(entry.id);
                      }}
                    >
                      <TermName term={entry.term} />
                    </a>
                  </dfn>
                </dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </article>
      ) : null}
    </dialog>
  );
}
