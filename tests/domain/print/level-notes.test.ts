import { describe, expect, it } from 'vitest';
import { levelNotes } from '../../../src/domain/print/level-notes';
import { commonalityReason } from '../../../src/domain/table/commonality-text';
import { deriveRows } from '../../../src/domain/table/rows';
import { loadShippedCatalogue } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);

describe('how each printed level was worked out', () => {
  it('gives each system its level and the records it rests on, as the rule mark does', () => {
    const notes = levelNotes(rows);
    expect(notes.map((note) => note.name)).toEqual(rows.map((row) => row.system.name));
    expect(notes[0]?.reason).toBe(
      'Medium, resting on ammunition (makes, stated); spares & servicing (makes, inferred).',
    );
    for (const [index, row] of rows.entries()) {
      expect(commonalityReason(row.commonality)).toBe(`This row: ${notes[index]?.reason}`);
    }
  });

  it('lists a system once when two of its variants are compared', () => {
    const t72 = rows[0]!;
    expect(levelNotes([t72, t72, rows[1]!]).map((note) => note.id)).toEqual([t72.id, rows[1]!.id]);
  });
});
