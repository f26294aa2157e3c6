// The one store: the catalogue as loaded, the user's view, and the notices the app owes them.
// Actions sit next to the state they change. Each view change says how history should record it,
// and every change passes through normaliseView, the same rules a link is read with.
import { createStore } from 'zustand/vanilla';
import type { CatalogueIdentity, OpenProgress } from '../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../catalogue/load';
import { catalogueFor, type CatalogueState } from './catalogue-state';
import type { CatalogueProblem } from '../catalogue/problem';
import { TRUST_ALL, type EvidenceLevel, type GradeId } from '../domain/sources/trust';
import { COLUMN_IDS, type ColumnId } from '../domain/table/columns';
import {
  FACETS,
  NO_FACET_CHOICE,
  toggledValue,
  type FacetField,
  type FacetValue,
} from '../domain/table/facets';
import { buildRowIndex } from '../domain/table/row-index';
import { deriveRows, type TableRow } from '../domain/table/rows';
import { normaliseView } from '../domain/view/normalise';
import {
  COMPARISON_LIMIT,
  DEFAULT_VIEW,
  capSearch,
  defaultView,
  type ComparisonItemId,
  type ColumnSet,
  type ComparisonMode,
  type SortRule,
  type SourceBasis,
  type ViewState,
} from '../domain/view/state';

/** How the URL should record the latest view change: a new history entry, or in place. */
export type HistoryMode = 'push' | 'replace' | 'none';

export type Notice = { id: string; tone: 'info' | 'warning'; title: string; details: string[] };

/** A catalogue file being opened; the catalogue on screen stays usable meanwhile. */
export type Opening = { fileName: string; progress: OpenProgress | null };
/**
 * A file that could not be opened, and why; shown until dismissed or another file opens.
 * `problems` may list only the first of them; `total` is how many were found.
 */
export type OpenFailure = {
  fileName: string;
  problems: CatalogueProblem[];
  total: number;
  /** Set when the reader failed rather than the file: Try again opens this file again. */
  retry?: Blob & { name: string };
};
/** A link made on an opened catalogue that is not the one on screen: what to open, and the link. */
export type PendingLink = { id: string; fileName: string | null; search: string };

export const COMPARISON_LIMIT_NOTICE = 'comparison-limit';

type Actions = {
  /**
   * The catalogue is ready, with the view its link asked for: both arrive in one update. An opened
   * file brings its identity and the rows already derived in slices; the change is then recorded.
   */
  catalogueLoaded: (
    data: LoadedCatalogue,
    view?: ViewState,
    options?: { identity?: CatalogueIdentity; rows?: TableRow[]; historyMode?: HistoryMode },
  ) => void;
  openStarted: (fileName: string) => void;
  openProgressed: (progress: OpenProgress) => void;
  openFailed: (failure: OpenFailure) => void;
  /** The open under way was cancelled; the catalogue on screen stays. */
  openCancelled: () => void;
  dismissOpenFailure: () => void;
  setPendingLink: (link: PendingLink | null) => void;
  /** Goes back from an opened file to the built-in catalogue, in a new history entry. */
  showBuiltIn: () => void;
  catalogueFailed: (problems: CatalogueProblem[]) => void;
  /** Puts a whole view in place (from a link, or Back/Forward) without a new history entry. */
  restoreView: (view: ViewState, mode?: HistoryMode) => void;
  /** Ticks or unticks one value of a facet filter ("Tank" under platform type). */
  toggleFacet: <F extends FacetField>(field: F, id: FacetValue<F>) => void;
  setBasis: (basis: SourceBasis) => void;
  setEvidence: (evidence: EvidenceLevel) => void;
  setMinGrade: (grade: GradeId | null) => void;
  setSearch: (search: string) => void;
  setSorting: (sorting: SortRule[]) => void;
  toggleColumn: (id: ColumnId) => void;
  showAllColumns: () => void;
  setColumnSet: (columnSet: ColumnSet) => void;
  clearFilters: () => void;
  openDetail: (systemId: string) => void;
  closeDetail: () => void;
  setShowMentioned: (show: boolean) => void;
  /**
   * Adds or removes an item; false (with a notice saying why) when the comparison is full.
   * `name` is how the notice names the item.
   */
  toggleComparisonItem: (id: ComparisonItemId, name?: string) => boolean;
  removeComparisonItem: (id: ComparisonItemId) => void;
  clearComparison: () => void;
  moveComparisonItem: (id: ComparisonItemId, offset: -1 | 1) => void;
  setComparisonOpen: (open: boolean) => void;
  setComparisonMode: (mode: ComparisonMode) => void;
  setBaseline: (id: ComparisonItemId | null) => void;
  /** Opens the glossary, at one entry when a term is given. */
  openGlossary: (term?: string | null) => void;
  closeGlossary: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
};

export type AppState = {
  catalogue: CatalogueState;
  /** The built-in catalogue, kept so the user can go back to it after opening a file. */
  builtIn: LoadedCatalogue | null;
  opening: Opening | null;
  openFailure: OpenFailure | null;
  pendingLink: PendingLink | null;
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

export const createViewStore = (initialView: ViewState = DEFAULT_VIEW) =>
  createStore<AppState>()((set, get) => {
    const show = (view: ViewState, historyMode: HistoryMode) =>
      set((state) => ({ view, historyMode, catalogue: catalogueFor(state.catalogue, view) }));
    const update = (change: (view: ViewState) => Partial<ViewState>, mode: HistoryMode = 'push') =>
      show(normaliseView({ ...get().view, ...change(get().view) }).view, mode);
    const notices = {
      add: (notice: Notice) =>
        set((state) => ({
          notices: [...state.notices.filter((entry) => entry.id !== notice.id), notice],
        })),
      dismiss: (id: string) =>
        set((state) => ({ notices: state.notices.filter((entry) => entry.id !== id) })),
    };

    return {
      catalogue: { status: 'loading' },
      builtIn: null,
      opening: null,
      openFailure: null,
      pendingLink: null,
      view: initialView,
      historyMode: 'none',
      notices: [],
      actions: {
        catalogueLoaded: (data, view, options = {}) =>
          set((state) => {
            const shown = view ?? state.view;
            const rows = options.rows ?? deriveRows(data.catalogue);
            const loaded: CatalogueState = {
              status: 'ready',
              data,
              rows,
              index: buildRowIndex(rows),
              trust: TRUST_ALL,
              identity: options.identity ?? null,
              generation: state.catalogue.status === 'ready' ? state.catalogue.generation + 1 : 0,
            };
            return {
              catalogue: catalogueFor(loaded, shown),
              view: shown,
              historyMode: options.historyMode ?? 'none',
              opening: null,
              openFailure: null,
              builtIn: options.identity ? state.builtIn : data,
            };
          }),
        openStarted: (fileName) =>
          set({ opening: { fileName, progress: null }, openFailure: null }),
        openProgressed: (progress) =>
          set((state) => (state.opening ? { opening: { ...state.opening, progress } } : {})),
        openFailed: (openFailure) => set({ opening: null, openFailure }),
        openCancelled: () => set({ opening: null }),
        dismissOpenFailure: () => set({ openFailure: null }),
        setPendingLink: (pendingLink) => set({ pendingLink }),
        showBuiltIn: () => {
          const { builtIn, actions } = get();
          set({ pendingLink: null });
          if (builtIn) actions.catalogueLoaded(builtIn, defaultView(), { historyMode: 'push' });
        },
        catalogueFailed: (problems) => set({ catalogue: { status: 'failed', problems } }),
        restoreView: (view, mode = 'none') => show(view, mode),
        toggleFacet: (field, id) =>
          update((view) => ({ [field]: toggledValue(FACETS[field], view[field], id) })),
        setBasis: (basis) => update(() => ({ basis })),
        setEvidence: (evidence) => update(() => ({ evidence })),
        setMinGrade: (minGrade) => update(() => ({ minGrade })),
        setSearch: (search) => update(() => ({ search: capSearch(search) }), 'replace'),
        setSorting: (sorting) => update(() => ({ sorting })),
        toggleColumn: (id) =>
          update((view) => ({ hiddenColumns: toggled(view.hiddenColumns, id, COLUMN_IDS) })),
        showAllColumns: () => update(() => ({ hiddenColumns: [] })),
        setColumnSet: (columnSet) => update(() => ({ columnSet })),
        clearFilters: () =>
          update(() => ({
            ...NO_FACET_CHOICE,
            search: '',
            basis: DEFAULT_VIEW.basis,
            evidence: DEFAULT_VIEW.evidence,
            minGrade: DEFAULT_VIEW.minGrade,
          })),
        openDetail: (systemId) => update(() => ({ detail: systemId, comparisonOpen: false })),
        closeDetail: () => update(() => ({ detail: null })),
        setShowMentioned: (showMentioned) => update(() => ({ showMentioned })),
        toggleComparisonItem: (id, name = id) => {
          const { comparison } = get().view;
          if (!comparison.includes(id) && comparison.length >= COMPARISON_LIMIT) {
            notices.add({
              id: COMPARISON_LIMIT_NOTICE,
              tone: 'info',
              title: `You can compare up to ${COMPARISON_LIMIT} items at once`,
              details: [`Remove one from the compare tray before adding ${name}.`],
            });
            return false;
          }
          notices.dismiss(COMPARISON_LIMIT_NOTICE);
          update((view) => ({
            comparison: toggled(view.comparison, id, [...view.comparison, id]),
          }));
          return true;
        },
        removeComparisonItem: (id) =>
          update((view) => ({ comparison: view.comparison.filter((item) => item !== id) })),
        clearComparison: () =>
          update(() => ({
            comparison: [],
            comparisonOpen: false,
            baseline: null,
            comparisonMode: 'all',
          })),
        moveComparisonItem: (id, offset) =>
          update((view) => {
            const from = view.comparison.indexOf(id);
            const to = from + offset;
            if (from < 0 || to < 0 || to >= view.comparison.length) return {};
            const comparison = [...view.comparison];
            comparison.splice(from, 1);
            comparison.splice(to, 0, id);
            return { comparison };
          }),
        setComparisonOpen: (comparisonOpen) =>
          update((view) => ({ comparisonOpen, detail: comparisonOpen ? null : view.detail })),
        setComparisonMode: (comparisonMode) => update(() => ({ comparisonMode })),
        setBaseline: (baseline) => update(() => ({ baseline })),
        openGlossary: (glossaryTerm = null) => update(() => ({ glossaryOpen: true, glossaryTerm })),
        closeGlossary: () => update(() => ({ glossaryOpen: false, glossaryTerm: null })),
        addNotice: notices.add,
        dismissNotice: notices.dismiss,
      },
    };
  });

export type ViewStore = ReturnType<typeof createViewStore>;
