import { CatalogueBar } from '../catalogue/catalogue-bar';
import { PendingLink } from '../catalogue/pending-link';
import { useFileDrop } from '../catalogue/use-file-drop';
import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import { GlossaryButton } from '../glossary/glossary-button';
import { CatalogueError } from './catalogue-error';
import { CatalogueLoading } from './catalogue-loading';
import { LaterOpenFailure } from './later-parts';
import { NoticeList } from './notice-list';
import { useApp } from '../shared/store-context';
import { SkipLink } from './skip-link';
import { Workspace } from './workspace';

export function App() {
  // Plain values only: what a component selects stays in React's copy of its previous render.
  const status = useApp((state) => state.catalogue.status);
  const problems = useApp((state) =>
    state.catalogue.status === 'failed' ? state.catalogue.problems : null,
  );
  const generation = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.generation : -1,
  );
  // A refused file's notice is a chunk of its own, fetched when the page is idle or when it fails.
  const openFailed = useApp((state) => state.openFailure !== null);
  const dragging = useFileDrop();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-title">
          <h1>Iraq–Iran equipment commonality</h1>
          <GlossaryButton />
        </div>
        <p className="tagline">
          Equipment both countries field, side by side, with what Iran can make or supply for each —
          and a source for every fact.
        </p>
        <CatalogueBar />
      </header>
      <NoticeList />
      <PendingLink />
      {openFailed ? <LaterOpenFailure.Part /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop the catalogue file to open it
        </div>
      ) : null}
      <main id={SKIP_TARGET_IDS.main} tabIndex={-1}>
        {status === 'loading' ? (
          <CatalogueLoading />
        ) : problems ? (
          <CatalogueError problems={problems} />
        ) : (
          // A new catalogue mounts a new workspace: the old one's components, and the catalogue
          // their hooks still hold, are let go at once rather than at their next render.
          <Workspace key={generation} />
        )}
      </main>
    </>
  );
}
