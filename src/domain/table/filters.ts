// The filter predicates of the comparison table, as plain functions over rows.
import type { CapabilityKind, Operator } from '../../catalogue/vocabulary';
import type { TableRow } from './rows';

export const hasSomeOperator = (row: TableRow, operators: readonly Operator[]): boolean =>
  operators.length === 0 || operators.some((operator) => row.operators.includes(operator));

export const hasEveryCapability = (row: TableRow, kinds: readonly CapabilityKind[]): boolean =>
  kinds.every((kind) => row.reportedCapabilities.includes(kind));

/** Splits search text into lower-case words; every word must appear somewhere in the row. */
export const searchTerms = (query: string): string[] =>
  query.toLowerCase().split(/\s+/u).filter(Boolean);

export const matchesTerms = (row: TableRow, terms: readonly string[]): boolean =>
  terms.every((term) => row.searchText.includes(term));
