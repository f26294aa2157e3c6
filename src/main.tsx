import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalogue } from './catalogue/load';
import { createViewStore } from './state/store';
import { openLinkedView } from './state/url-sync';
import { App } from './ui/app/app';
import { registerServiceWorker } from './ui/offline/service-worker';
import { UpdateNotice } from './ui/offline/update-notice';
import { StoreProvider } from './ui/shared/store-context';
import './ui/styles.css';

const store = createViewStore();
const update = registerServiceWorker();

void loadCatalogue().then((result) => {
  if (result.ok) openLinkedView(store, result.data);
  else store.getState().actions.catalogueFailed(result.problems);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
      <UpdateNotice update={update} />
    </StoreProvider>
  </StrictMode>,
);
