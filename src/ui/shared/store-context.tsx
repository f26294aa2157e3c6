import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ViewState } from '../../domain/view/state';
import type { AppState } from '../../state/app-state';
import type { ViewStore } from '../../state/store';

const StoreContext = createContext<ViewStore | null>(null);

export function StoreProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useViewStore(): ViewStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useViewStore needs a StoreProvider above it');
  return store;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useViewStore(), selector);
}

export const useActions = () => useApp((state) => state.actions);

/** Several fields of the view at once; re-renders only when one of them changes. */
export const useViewSlice = <T extends object>(pick: (view: ViewState) => T): T =>
  useApp(useShallow((state) => pick(state.view)));
