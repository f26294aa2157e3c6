// The one store: the catalogue as loaded, the user's view, and the notices the app owes them.
// Actions sit next to the state they change. Each view change says how history should record it.
import { createStore } from 'zustand/vanilla';
import type { CatalogueProblem, LoadedCatalogue } from '../catalogue/load';
import {
  CAPABILITY_KIND_IDS,
  OPERATOR_IDS,
  PLATFORM_TYPE_IDS,
  type CapabilityKind,
  type Operator,
  type PlatformType,
} from '../catalogue/vocabulary';
import { deriveRows, type ComparisonRow } from '../domain/table/rows';
import {
  COLUMN_IDS,
  COMPARE_LIMIT,
  DEFAULT_VIEW,
  capSearch,
  type ColumnId,
  type CompareItemId,
  type CompareMode,
  type SortRule,
  type SourceBasis,
  type ViewState,
} from '../domain/view/state';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; data: LoadedCatalogue; rows: ComparisonRow[] }
  | { status: 'failed'; problems: CatalogueProblem[] };

/** How the URL should record the latest view change: a new history entry, or in place. */
export type HistoryMode = 'push' | 'replace' | 'none';

export type Notice = { id: string; tone: 'info' | 'warning'; title: string; details: string[] };

type Actions = {
  /** The catalogue is ready, with the view its link asked for: both arrive in one update. */
  catalogueLoaded: (data: LoadedCatalogue, view?: ViewState) => void;
  catalogueFailed: (problems: CatalogueProblem[]) => void;
  /** Puts a whole view in place (from a link, or Back/Forward) without a new history entry. */
  restoreView: (view: ViewState, mode?: HistoryMode) => void;
  togglePlatformType: (id: PlatformType) => void;
  toggleOperator: (id: Operator) => void;
  toggleCapability: (id: CapabilityKind) => void;
  setBasis: (basis: SourceBasis) => void;
  setSearch: (search: string) => void;
  setSorting: (sorting: SortRule[]) => void;
  toggleColumn: (id: ColumnId) => void;
  showAllColumns: () => void;
  clearFilters: () => void;
  openDetail: (systemId: string) => void;
  closeDetail: () => void;
  setShowMentioned: (show: boolean) => void;
  toggleCompareItem: (id: CompareItemId) => boolean;
  removeCompareItem: (id: CompareItemId) => void;
  clearCompare: () => void;
  moveCompareItem: (id: CompareItemId, offset: -1 | 1) => void;
  setCompareOpen: (open: boolean) => void;
  setCompareMode: (mode: CompareMode) => void;
  setBaseline: (id: CompareItemId | null) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
};

export type AppState = {
  catalogue: CatalogueState;
  view: ViewState;
  historyMode: HistoryMode;
  notices: Notice[];
  actions: Actions;
};

// Lists keep the vocabulary's order, so two equal views are equal lists (and equal links).
const toggled = <T>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item)
    ? list.filter((entry) => entry !== item)
    : order.filter((entry) => entry === item || list.includes(entry));

const inOrder = <T>(list: readonly T[], order: readonly T[]): T[] =>
  order.filter((entry) => list.includes(entry));

export const createViewStore = (initialView: ViewState = DEFAULT_VIEW) =>
  createStore<AppState>()((set, get) => {
    const update = (change: (view: ViewState) => Partial<ViewState>, mode: HistoryMode = 'push') =>
      set((state) => ({ view: { ...state.view, ...change(state.view) }, historyMode: mode }));

    return {
      catalogue: { status: 'loading' },
      view: initialView,
      historyMode: 'none',
      notices: [],
      actions: {
        catalogueLoaded: (data, view) =>
          set((state) => ({
            catalogue: { status: 'ready', data, rows: deriveRows(data.catalogue) },
            view: view ?? state.view,
            historyMode: 'none',
          })),
        catalogueFailed: (problems) => set({ catalogue: { status: 'failed', problems } }),
        restoreView: (view, mode = 'none') => set({ view, historyMode: mode }),
        togglePlatformType: (id) =>
          update((view) => ({
            platformTypes: toggled(view.platformTypes, id, PLATFORM_TYPE_IDS),
          })),
        toggleOperator: (id) =>
          update((view) => ({ operators: toggled(view.operators, id, OPERATOR_IDS) })),
        toggleCapability: (id) =>
          update((view) => ({
            capabilities: toggled(view.capabilities, id, CAPABILITY_KIND_IDS),
          })),
        setBasis: (basis) => update(() => ({ basis })),
        setSearch: (search) => update(() => ({ search: capSearch(search) }), 'replace'),
        setSorting: (sorting) => update(() => ({ sorting })),
        toggleColumn: (id) =>
          update((view) => ({
            hiddenColumns: view.hiddenColumns.includes(id)
              ? view.hiddenColumns.filter((hidden) => hidden !== id)
              : inOrder([...view.hiddenColumns, id], COLUMN_IDS),
          })),
        showAllColumns: () => update(() => ({ hiddenColumns: [] })),
        clearFilters: () =>
          update(() => ({
            platformTypes: [],
            operators: [],
            capabilities: [],
            search: '',
            basis: DEFAULT_VIEW.basis,
          })),
        openDetail: (systemId) => update(() => ({ detail: systemId, compareOpen: false })),
        closeDetail: () => update(() => ({ detail: null })),
        setShowMentioned: (showMentioned) => update(() => ({ showMentioned })),
        toggleCompareItem: (id) => {
          const { compare } = get().view;
          if (!compare.includes(id) && compare.length >= COMPARE_LIMIT) return false;
          update((view) =>
            view.compare.includes(id)
              ? withoutCompareItem(view, id)
              : { compare: [...view.compare, id] },
          );
          return true;
        },
        removeCompareItem: (id) => update((view) => withoutCompareItem(view, id)),
        clearCompare: () =>
          update(() => ({ compare: [], compareOpen: false, baseline: null, compareMode: 'all' })),
        moveCompareItem: (id, offset) =>
          update((view) => {
            const from = view.compare.indexOf(id);
            const to = from + offset;
            if (from < 0 || to < 0 || to >= view.compare.length) return {};
            const compare = [...view.compare];
            compare.splice(from, 1);
            compare.splice(to, 0, id);
            return { compare };
          }),
        setCompareOpen: (compareOpen) =>
          update((view) => ({ compareOpen, detail: compareOpen ? null : view.detail })),
        setCompareMode: (compareMode) => update(() => ({ compareMode })),
        setBaseline: (baseline) => update(() => ({ baseline })),
        addNotice: (notice) =>
          set((state) => ({
            notices: [...state.notices.filter((entry) => entry.id !== notice.id), notice],
          })),
        dismissNotice: (id) =>
          set((state) => ({ notices: state.notices.filter((entry) => entry.id !== id) })),
      },
    };
  });

function withoutCompareItem(view: ViewState, id: CompareItemId): Partial<ViewState> {
  const compare = view.compare.filter((item) => item !== id);
  return {
    compare,
    baseline: view.baseline === id ? null : view.baseline,
    compareOpen: view.compareOpen && compare.length >= 2,
  };
}

export type ViewStore = ReturnType<typeof createViewStore>;
