export type CellValue = string | number | null;

/** A table written out: its header and every row's cells. */
export type TableText = {
  header: readonly string[];
  rows: readonly (readonly CellValue[])[];
};

/**
 * A table whose rows become text only when asked for, a slice at a time: the header, how many
 * rows there are, and the cells of rows [start, end). A large export writes it slice by slice and
 * never holds every row's text at once.
 */
export type LazyTableText = {
  header: readonly string[];
  rowCount: number;
  slice: (start: number, end: number) => readonly (readonly CellValue[])[];
};

export const isLazyTableText = (table: TableText | LazyTableText): table is LazyTableText =>
  'rowCount' in table;

/** A table already written out, seen through the lazy shape. */
export function toLazyTableText(table: TableText | LazyTableText): LazyTableText {
  if (isLazyTableText(table)) return table;
  const { header, rows } = table;
  return { header, rowCount: rows.length, slice: (start, end) => rows.slice(start, end) };
}

/** Every row written out, for the builders that need the whole table at once. */
export function toTableText(table: TableText | LazyTableText): TableText {
  if (!isLazyTableText(table)) return table;
  return { header: table.header, rows: table.slice(0, table.rowCount) };
}
