// The groups above the table's headers, and a header as it reads outside the app, where no group
// row stands above it.

/**
 * The groups above the headers. Outside the app a header stands alone, so a group whose headers
 * do not name it already lends them its `exportPrefix` ("Iran can supply: Ammunition"); the Iraq
 * and Iran headers say "Iraqi …", "Iranian …" and "How Iran …" themselves.
 */
export const COLUMN_GROUPS = {
  identity: { label: 'System', exportPrefix: null },
  iraq: { label: 'Iraq', exportPrefix: null },
  iran: { label: 'Iran', exportPrefix: null },
  support: { label: 'What Iran can supply', exportPrefix: 'Iran can supply' },
  reference: { label: 'General reference', exportPrefix: 'General reference' },
  derived: { label: 'Assessment', exportPrefix: 'Assessment' },
} as const;
export type ColumnGroup = keyof typeof COLUMN_GROUPS;

/** The header as a file or the clipboard carries it, where no group row stands above it. */
export function exportHeader(spec: { header: string; group: ColumnGroup }): string {
  const prefix = COLUMN_GROUPS[spec.group].exportPrefix;
  return prefix ? `${prefix}: ${spec.header}` : spec.header;
}
