// How each printed row got its commonality level, as paper lists it under the table: the screen
// says it in each level's "rule" popover, which paper cannot open.
import { levelReason } from '../table/commonality-text';
import type { TableRow } from '../table/rows';

export type LevelNote = { id: string; name: string; reason: string };

/** One note per system, in the order given, each system once (a comparison may hold two of its variants). */
export function levelNotes(
  rows: readonly Pick<TableRow, 'id' | 'system' | 'commonality'>[],
): LevelNote[] {
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    if (seen.has(row.id)) return [];
    seen.add(row.id);
    return [{ id: row.id, name: row.system.name, reason: levelReason(row.commonality) }];
  });
}
