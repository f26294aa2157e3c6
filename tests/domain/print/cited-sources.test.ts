import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/catalogue/schema';
import { comparisonModel } from '../../../src/domain/comparison/model';
import {
  comparisonCitations,
  detailCitations,
  mentionedCitations,
  sourceNotes,
  tableCitations,
} from '../../../src/domain/print/cited-sources';
import { COLUMN_SPECS, COLUMN_IDS } from '../../../src/domain/table/columns';
import { deriveRows } from '../../../src/domain/table/rows';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';
import { loadShippedCatalogue } from '../../support/render-with-store';

const { catalogue, sources } = loadShippedCatalogue();
const rows = deriveRows(catalogue);
const row = (id: string) => {
  const found = rows.find((entry) => entry.id === id);
  if (!found) throw new Error(`no system ${id}`);
  return found;
};
const cite = (source: string, locator: string): Citation => ({
  source,
  locator,
  confidence: 'stated',
});
const locatorIds = (source: string) =>
  sources.find((entry) => entry.id === source)?.locators.map((locator) => locator.id) ?? [];

describe('sourceNotes', () => {
  it('numbers each cited source once, in the order the view first cites it', () => {
    const [s0a, s0b] = locatorIds('S000');
    const [s3] = locatorIds('S003');
    const notes = sourceNotes(
      [
        cite('S003', s3 ?? ''),
        cite('S000', s0b ?? ''),
        cite('S003', s3 ?? ''),
        cite('S000', s0a ?? ''),
      ],
      sources,
    );
    expect(notes.map((note) => [note.number, note.source.id])).toEqual([
      [1, 'S003'],
      [2, 'S000'],
    ]);
    // Passages in the order the source lists them, each once.
    expect(notes[1]?.passages.map((passage) => passage.id)).toEqual([s0a, s0b]);
    expect(notes[0]?.passages.map((passage) => passage.id)).toEqual([s3]);
  });

  it('gives no notes when nothing is cited, and skips sources the register lacks', () => {
    expect(sourceNotes([], sources)).toEqual([]);
    expect(sourceNotes([cite('S999', 'item-1')], sources)).toEqual([]);
  });

  it('lists exactly the cited sources, numbered 1 to n', () => {
    const everyCite = rows.flatMap((entry) => detailCitations(entry));
    fc.assert(
      fc.property(fc.subarray(everyCite), (cites) => {
        const notes = sourceNotes(cites, sources);
        expect(notes.map((note) => note.number)).toEqual(notes.map((_, index) => index + 1));
        expect(new Set(notes.map((note) => note.source.id))).toEqual(
          new Set(cites.map((entry) => entry.source)),
        );
        for (const note of notes) {
          expect(new Set(note.passages.map((passage) => passage.id))).toEqual(
            new Set(
              cites
                .filter((entry) => entry.source === note.source.id)
                .map((entry) => entry.locator),
            ),
          );
        }
      }),
    );
  });
});

describe('what each view cites', () => {
  it('the table: only the rows and columns shown', () => {
    const t72 = row('t-72');
    const reference = [COLUMN_SPECS.origin, COLUMN_SPECS.armament];
    expect(tableCitations([t72], reference)).toEqual([]);
    const all = tableCitations(
      rows,
      COLUMN_IDS.map((id) => COLUMN_SPECS[id]),
    );
    const one = tableCitations([t72], [COLUMN_SPECS.iranianVariant]);
    expect(one).toEqual(t72.system.iran.flatMap((variant) => variant.cites));
    expect(one.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(one.length);
  });

  it('the comparison: the attributes its mode shows', () => {
    const all = comparisonModel({ ...DEFAULT_VIEW, comparison: ['t-72', 'akm'] }, rows);
    const same = comparisonModel(
      { ...DEFAULT_VIEW, comparison: ['t-72', 'akm'], comparisonMode: 'similarities' },
      rows,
    );
    expect(comparisonCitations(all).length).toBeGreaterThan(comparisonCitations(same).length);
    const akmCites = new Set(
      [...row('akm').system.iraq, ...row('akm').system.iran].flatMap((variant) =>
        variant.cites.map((entry) => entry.source),
      ),
    );
    const noted = new Set(sourceNotes(comparisonCitations(all), sources).map((n) => n.source.id));
    for (const source of akmCites) expect(noted).toContain(source);
  });

  it('the detail: both sides of every variant attribute and every capability', () => {
    const t72 = row('t-72');
    const cites = detailCitations(t72);
    for (const variant of [...t72.system.iraq, ...t72.system.iran]) {
      for (const entry of variant.cites) expect(cites).toContainEqual(entry);
    }
    for (const capability of t72.system.capabilities) {
      for (const entry of capability.cites) expect(cites).toContainEqual(entry);
    }
  });

  it('the mentioned-only list', () => {
    expect(mentionedCitations(catalogue)).toEqual(
      catalogue.mentioned.flatMap((item) => item.cites),
    );
  });
});
