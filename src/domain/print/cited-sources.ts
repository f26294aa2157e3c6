// The sources a printed view cites, as numbered notes. Paper has no popovers, so the page ends with
// each source the view shows a fact from — once, numbered in the order the view first cites it —
// and the passages of it that those facts rest on.
import type { Catalogue, Citation } from '../../catalogue/schema';
import type { Locator, Source } from '../../catalogue/register-schema';
import { CAPABILITY_KIND_IDS } from '../../catalogue/vocabulary';
import type { ComparisonModel } from '../comparison/model';
import { detailVariants } from '../detail/variants';
import type { CellSource } from '../sources/cell-source';
import type { ColumnSpec } from '../table/columns';
import type { TableRow } from '../table/rows';

type SourceNote = {
  /** 1, 2, 3… in the order the view first cites the source. */
  number: number;
  source: Source;
  /** The passages cited, in the order the source lists them. */
  passages: Locator[];
};

const citesOf = (source: CellSource): readonly Citation[] =>
  source.basis === 'sourced' ? source.cites : [];

/** The table's cells row by row, left to right: only the rows and columns shown. */
export const tableCitations = (
  rows: readonly TableRow[],
  columns: readonly Pick<ColumnSpec, 'source'>[],
): Citation[] => rows.flatMap((row) => columns.flatMap((column) => citesOf(column.source(row))));

/** The comparison's cells in the attributes its mode shows. */
export const comparisonCitations = (model: Pick<ComparisonModel, 'shown'>): Citation[] =>
  model.shown.flatMap((attribute) => attribute.cells.flatMap((cell) => citesOf(cell.source)));

/** The detail: its variants side by side, then what Iran can supply. */
export const detailCitations = (row: TableRow): Citation[] => [
  ...detailVariants(row).flatMap((attribute) => [...attribute.iraq.cites, ...attribute.iran.cites]),
  ...CAPABILITY_KIND_IDS.flatMap((kind) => row.capabilities[kind]?.cites ?? []),
];

/** The "Mentioned only" list, when the view shows it. */
export const mentionedCitations = (catalogue: Pick<Catalogue, 'mentioned'>): Citation[] =>
  catalogue.mentioned.flatMap((item) => item.cites);

/** One note per cited source of the register; a citation of an unknown source is skipped. */
export function sourceNotes(cites: Iterable<Citation>, register: readonly Source[]): SourceNote[] {
  const byId = new Map(register.map((source) => [source.id, source]));
  const cited = new Map<string, Set<string>>();
  for (const cite of cites) {
    if (!byId.has(cite.source)) continue;
    const locators = cited.get(cite.source) ?? new Set<string>();
    locators.add(cite.locator);
    cited.set(cite.source, locators);
  }
  return [...cited].flatMap(([id, locators], index) => {
    const source = byId.get(id);
    if (!source) return [];
    const passages = source.locators.filter((locator) => locators.has(locator.id));
    return [{ number: index + 1, source, passages }];
  });
}
