// The two sets of columns the table switches between: "At a glance" and "All columns".
import { COLUMN_IDS, type ColumnId } from './columns';

/** The first screen: name, level, both variants and one cell of what Iran can supply. */
export const GLANCE_COLUMN_IDS: readonly ColumnId[] = [
  'system',
  'commonality',
  'iraqiVariant',
  'iranianVariant',
  'supply',
];

/** Every column of the full table: each capability in its own column, so not the summary. */
export const FULL_COLUMN_IDS: readonly ColumnId[] = COLUMN_IDS.filter((id) => id !== 'supply');
