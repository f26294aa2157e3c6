import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ViewState } from '../../domain/view/state';
import type { AppState } from '../../state/app-state';
import type { ViewStore } from '../../state/store';
import { CatalogueDataContext, catalogueDataOf } from './catalogue-data';

const StoreContext = createContext<ViewStore | null>(null);

/** The catalogue's data for the parts below, worked out again only when the catalogue changes. */
function CatalogueDataProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  const data = useStore(store, (state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data : null,
  );
  const value = useMemo(() => catalogueDataOf(data), [data]);
  return <CatalogueDataContext.Provider value={value}>{children}</CatalogueDataContext.Provider>;
}

export function StoreProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <CatalogueDataProvider store={store}>{children}</CatalogueDataProvider>
    </StoreContext.Provider>
  );
}

export function useViewStore(): ViewStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useViewStore needs a StoreProvider above it');
  return store;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useViewStore(), selector);
}

/** The store's actions never change, so reading them subscribes to nothing. */
export const useActions = (): AppState['actions'] => useViewStore().getState().actions;

/** Several fields of the view at once; re-renders only when one of them changes. */
export const useViewSlice = <T extends object>(pick: (view: ViewState) => T): T =>
  useApp(useShallow((state) => pick(state.view)));
