// The view the user has set: plain, serialisable data. The store holds it, the link codec
// writes and reads it, the table and the exports are derived from it.
import type { CapabilityKind, Operator, PlatformType } from '../../catalogue/vocabulary';
import type { EvidenceLevel, GradeId } from '../sources/trust';
import type { ColumnId } from '../table/columns';

export type SortRule = { column: ColumnId; desc: boolean };

export const SOURCE_BASES = {
  all: { label: 'Sourced and general-reference facts' },
  sourced: { label: 'Sourced facts only' },
} as const;
export type SourceBasis = keyof typeof SOURCE_BASES;

export const COMPARISON_MODES = {
  all: { label: 'All attributes' },
  differences: { label: 'Differences only' },
  similarities: { label: 'Similarities only' },
} as const;
export type ComparisonMode = keyof typeof COMPARISON_MODES;

/**
 * Which columns the table shows: a first screen that compares (name, level, both variants and
 * one cell of what Iran can supply), or every column. The comparison and the exports read the
 * full set either way.
 */
export const COLUMN_SETS = {
  glance: { label: 'At a glance' },
  full: { label: 'All columns' },
} as const;
export type ColumnSet = keyof typeof COLUMN_SETS;

/**
 * An item that can be compared: a whole system (`t-72`) or one of its variants
 * (`t-72.iraq.t-72m1`: system, country, variant id). `.` because links carry these ids and
 * URLSearchParams escapes `/` as %2F.
 */
export type ComparisonItemId = string;
export const COMPARISON_LIMIT = 5;

export type ViewState = {
  /** The opened catalogue file the view belongs to (its content id and file name); null: built-in. */
  catalogueId: string | null;
  catalogueFile: string | null;
  platformTypes: PlatformType[];
  operators: Operator[];
  /** Every kind listed must be reported for a system to show ("Iran makes ammunition"). */
  capabilities: CapabilityKind[];
  basis: SourceBasis;
  /** Count only citations stated outright, or inferred ones too. */
  evidence: EvidenceLevel;
  /** Count only citations of sources graded this well or better ("C3"); null counts all. */
  minGrade: GradeId | null;
  search: string;
  sorting: SortRule[];
  columnSet: ColumnSet;
  hiddenColumns: ColumnId[];
  /** The system whose detail is open, if any. */
  detail: string | null;
  showMentioned: boolean;
  comparison: ComparisonItemId[];
  comparisonOpen: boolean;
  comparisonMode: ComparisonMode;
  /** The compared item the others are measured against, if one is pinned. */
  baseline: ComparisonItemId | null;
  glossaryOpen: boolean;
  /** The glossary entry the user opened (a glossary id), shown and focused in the glossary. */
  glossaryTerm: string | null;
};

/** A fresh default view, with lists of its own that a caller may change. */
export const defaultView = (): ViewState => ({
  catalogueId: null,
  catalogueFile: null,
  platformTypes: [],
  operators: [],
  capabilities: [],
  basis: 'all',
  evidence: 'all',
  minGrade: null,
  search: '',
  sorting: [],
  columnSet: 'glance',
  hiddenColumns: [],
  detail: null,
  showMentioned: false,
  comparison: [],
  comparisonOpen: false,
  comparisonMode: 'all',
  baseline: null,
  glossaryOpen: false,
  glossaryTerm: null,
});

export const DEFAULT_VIEW: ViewState = Object.freeze(defaultView());

export const SEARCH_MAX_LENGTH = 100;

/** Search text cut to its limit, never leaving half of a surrogate pair (an emoji) at the end. */
export function capSearch(text: string): string {
  if (text.length <= SEARCH_MAX_LENGTH) return text;
  const cut = text.slice(0, SEARCH_MAX_LENGTH);
  return /[\ud800-\udbff]$/u.test(cut) ? cut.slice(0, -1) : cut;
}
