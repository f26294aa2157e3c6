// Where a value on screen comes from: cited sources, general reference, a rule, or nothing.
// The table, the comparison and the detail all describe their cells with this one type.
import type { Citation } from '../../catalogue/schema';
import { uniqueCitations } from './unique-citations';

export type CellSource =
  | { basis: 'sourced'; cites: readonly Citation[] }
  | { basis: 'reference' }
  | { basis: 'derived'; rule: string }
  | { basis: 'none' };

export const NO_SOURCE: CellSource = { basis: 'none' };

/** Sourced when there is something to cite (each source and locator once), otherwise nothing. */
export const sourced = (cites: readonly Citation[]): CellSource =>
  cites.length > 0 ? { basis: 'sourced', cites: uniqueCitations(cites) } : NO_SOURCE;
