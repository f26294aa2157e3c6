// What the one store holds and what its actions do: the types, apart from how the actions work
// (store.ts), so each file stays one idea.
import type { OpenProgress } from '../catalogue/catalogue-file';
import type { LoadedCatalogue } from '../catalogue/loaded';
import type { CatalogueProblem, FoundProblems } from '../catalogue/problem';
import type { EvidenceLevel, GradeId } from '../domain/sources/trust';
import type { ColumnId } from '../domain/table/columns';
import type { FacetField, FacetValue } from '../domain/table/facets';
import type {
  ComparisonItemId,
  ColumnSet,
  ComparisonMode,
  SortRule,
  SourceBasis,
  ViewState,
} from '../domain/view/state';
import type { CatalogueClient } from './catalogue-service/client';
import type { CatalogueSummary } from './catalogue-service/protocol';
import type { CatalogueState } from './catalogue-state';

/** How the URL should record the latest view change: a new history entry, or in place. */
export type HistoryMode = 'push' | 'replace' | 'none';

export type Notice = { id: string; tone: 'info' | 'warning'; title: string; details: string[] };

/** A catalogue file being opened; the catalogue on screen stays usable meanwhile. */
export type Opening = { fileName: string; progress: OpenProgress | null };
/**
 * A file that could not be opened, and why; shown until dismissed or another file opens.
 * `problems` may list only the first of them; `total` is how many were found.
 */
export type OpenFailure = FoundProblems & {
  fileName: string;
  /** Set when the reader failed rather than the file: Try again opens this file again. */
  retry?: Blob & { name: string };
};
/** A link made on an opened catalogue that is not the one on screen: what to open, and the link. */
export type PendingLink = { id: string; fileName: string | null; search: string };

type Actions = {
  /**
   * The built-in catalogue is ready, with the view its link asked for: both arrive in one update.
   * It is handed to a new catalogue service, which replaces the one before.
   */
  catalogueLoaded: (data: LoadedCatalogue, view?: ViewState, historyMode?: HistoryMode) => void;
  /**
   * An opened file is ready in the catalogue service that opened it, which replaces the one
   * before; the change is recorded in history as `historyMode` says.
   */
  catalogueOpened: (
    summary: CatalogueSummary,
    service: CatalogueClient,
    view: ViewState,
    historyMode: HistoryMode,
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
  /** Holds the systems of the catalogue on screen and answers every question about them. */
  service: CatalogueClient;
  actions: Actions;
};
