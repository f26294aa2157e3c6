import { memo, useMemo } from 'react';
import { searchGlossary } from '../../domain/glossary/search';
import { useActions, useApp } from '../shared/store-context';
import { useGlossary } from './use-glossary';

const SHOWN = 3;

/**
 * Glossary terms the search text names ("SPH", "Artesh"), each a way into its entry. Drawn for the
 * search text alone: the filter panel around it draws again with every answer.
 */
export const GlossaryHits = memo(function GlossaryHits() {
  const search = useApp((state) => state.view.search);
  const glossary = useGlossary();
  const { openGlossary } = useActions();
  const hits = useMemo(
    () =>
      search.trim() === ''
        ? []
        : searchGlossary(glossary, search, { inDefinitions: false }).slice(0, SHOWN),
    [glossary, search],
  );
  if (hits.length === 0) return null;
  return (
    <div className="glossary-hits">
      <p className="hint">In the glossary:</p>
      <ul>
        {hits.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="link-button" onClick={() => openGlossary(entry.id)}>
              {entry.term}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
