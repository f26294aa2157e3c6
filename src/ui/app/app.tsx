import { CatalogueBar } from '../catalogue/catalogue-bar';
import { OpenFailure } from '../catalogue/open-failure';
import { PendingLink } from '../catalogue/pending-link';
import { useFileDrop } from '../catalogue/use-file-drop';
import { CatalogueError } from './catalogue-error';
import { CatalogueLoading } from './catalogue-loading';
import { NoticeList } from './notice-list';
import { useApp } from '../shared/store-context';
import { Workspace } from './workspace';

export function App() {
  const catalogue = useApp((state) => state.catalogue);
  const dragging = useFileDrop();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the table
      </a>
      <header className="app-header">
        <h1>Iraq–Iran equipment commonality</h1>
        <p className="tagline">
          Six weapon systems both countries field, side by side, with what Iran can make or supply
          for each — and a source for every fact.
        </p>
        <CatalogueBar />
      </header>
      <NoticeList />
      <PendingLink />
      <OpenFailure />
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop the catalogue file to open it
        </div>
      ) : null}
      <main id="main" tabIndex={-1}>
        {catalogue.status === 'loading' ? (
          <CatalogueLoading />
        ) : catalogue.status === 'failed' ? (
          <CatalogueError problems={catalogue.problems} />
        ) : (
          <Workspace />
        )}
      </main>
    </>
  );
}
