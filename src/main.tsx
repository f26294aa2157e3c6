import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalogue } from './catalogue/load';
import { viewToSearch } from './domain/link/codec';
import { ignoredNotice, syncUrlWithStore, viewFromLocation } from './state/url-sync';
import { createViewStore } from './state/store';
import { App } from './ui/app/app';
import { StoreProvider } from './ui/shared/store-context';
import './ui/styles.css';

const store = createViewStore();

// The link's view is applied in the same update that shows the catalogue, so a shared link
// never flashes the default view first.
void loadCatalogue().then((result) => {
  const { actions } = store.getState();
  if (!result.ok) {
    actions.catalogueFailed(result.problems);
    return;
  }
  const { view, ignored } = viewFromLocation(window.location, result.data.catalogue);
  actions.catalogueLoaded(result.data, view);
  if (ignored.length > 0) {
    actions.addNotice(ignoredNotice(ignored));
    const { pathname, hash } = window.location;
    window.history.replaceState(null, '', `${pathname}${viewToSearch(view)}${hash}`);
  }
  syncUrlWithStore(store, result.data.catalogue);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
