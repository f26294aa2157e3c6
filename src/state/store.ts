// The one store: the catalogue as loaded, the user's view, and the notices the app owes them.
// Actions sit next to the state they change. Each view change says how history should record it,
// and every change passes through normaliseView, the same rules a link is read with.
import { createStore } from 'zustand/vanilla';
import type { LoadedCatalogue } from '../catalogue/loaded';
import { COLUMN_IDS } from '../domain/table/columns';
import { BUILT_IN_VOCABULARY, vocabularyOf } from '../catalogue/built-in-vocabulary';
import { facetsFor, NO_FACET_CHOICE, toggledValue } from '../domain/table/facets';
import { pickTableQuery } from '../domain/table/query';
import { buildRowIndex } from '../domain/table/row-index';
import { deriveRows } from '../domain/table/rows';
import { normaliseView } from '../domain/view/normalise';
import {
  COMPARISON_LIMIT,
  DEFAULT_VIEW,
  capSearch,
  defaultView,
  type ViewState,
} from '../domain/view/state';
import type { AppState, HistoryMode, Notice } from './app-state';
import { FIRST_ROWS, type CatalogueSummary } from './catalogue-service/protocol';
import { createCatalogueClient, type CatalogueClient } from './catalogue-service/client';
import { inPageTransport } from './catalogue-service/transport';
import { catalogueSummary } from './catalogue-service/summary';
import { catalogueFor, readyCatalogue } from './catalogue-state';

export const COMPARISON_LIMIT_NOTICE = 'comparison-limit';
/** What an opened file's import left out or changed: it belongs to that file, so Back clears it. */
export const IMPORT_REPORT_NOTICE = 'import-report';

// Lists keep the vocabulary's order, so two equal views are equal lists (and equal links).
const toggled = <T>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item)
    ? list.filter((entry) => entry !== item)
    : order.filter((entry) => entry === item || list.includes(entry));

/** The built-in catalogue in a service of its own, on the page: it is small and already checked. */
function builtInService(data: LoadedCatalogue): CatalogueClient {
  const service = createCatalogueClient(inPageTransport());
  void service.load(data);
  return service;
}

/** The summary of a catalogue the page has whole, made where it is, as the service makes it. */
const summaryOf = (data: LoadedCatalogue) =>
  catalogueSummary(data, buildRowIndex(deriveRows(data.catalogue), vocabularyOf(data.catalogue)), {
    identity: null,
  });

/** The store; each catalogue lives in a catalogue service of its own, ended when it is replaced. */
export function createViewStore(initialView: ViewState = DEFAULT_VIEW) {
  return createAppStore(initialView);
}

const createAppStore = (initialView: ViewState) =>
  createStore<AppState>()((set, get) => {
    const show = (view: ViewState, historyMode: HistoryMode) => {
      set((state) => ({ view, historyMode, catalogue: catalogueFor(state.catalogue, view) }));
      // Asked now, in the event that changed the view, so the service works while the page draws
      // the change; the table asks the same when it has drawn it and is given this answer.
      const { catalogue, service } = get();
      if (catalogue.status === 'ready')
        void service.query(pickTableQuery(view), catalogue.trust, FIRST_ROWS);
    };
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

    const ready = (
      summary: CatalogueSummary,
      service: CatalogueClient,
      view: ViewState,
      historyMode: HistoryMode,
      builtIn: LoadedCatalogue | null = get().builtIn,
    ) => {
      const previous = get();
      if (previous.service !== service) previous.service.terminate();
      set({
        catalogue: readyCatalogue(
          summary,
          view,
          previous.catalogue.status === 'ready' ? previous.catalogue.generation + 1 : 0,
        ),
        service,
        view,
        historyMode,
        opening: null,
        openFailure: null,
        builtIn,
      });
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
      service: createCatalogueClient(inPageTransport()),
      actions: {
        catalogueLoaded: (data, view, historyMode = 'none') =>
          ready(summaryOf(data), builtInService(data), view ?? get().view, historyMode, data),
        catalogueOpened: (summary, service, view, historyMode) =>
          ready(summary, service, view, historyMode),
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
          notices.dismiss(IMPORT_REPORT_NOTICE);
          if (builtIn) actions.catalogueLoaded(builtIn, defaultView(), 'push');
        },
        catalogueFailed: (problems) => set({ catalogue: { status: 'failed', problems } }),
        restoreView: (view, mode = 'none') => show(view, mode),
        toggleFacet: (field, id) => {
          const { catalogue } = get();
          const vocabulary =
            catalogue.status === 'ready'
              ? vocabularyOf(catalogue.data.catalogue)
              : BUILT_IN_VOCABULARY;
          update((view) => ({
            [field]: toggledValue(facetsFor(vocabulary)[field], view[field], id),
          }));
        },
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
