// A source id used by two records in the register is one mistake, but every citation of that id
// then points at two records, and the id the second record should have had finds none. Checking
// citations naively would report dozens of locators and sources "missing" that are not, burying
// the one line that needs fixing. So a repeated id is reported once, saying what follows from it,
// and citations are checked against the record they most likely mean.
import type { CatalogueProblem } from './problem';
import { quote } from './quote';
import type { Catalogue } from './schema';
import type { Source } from './register-schema';

/** For each record that repeats an earlier record's id: its index → the first record's index. */
export function repeatedSources(sources: readonly Source[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  sources.forEach((source, index) => {
    const earlier = first.get(source.id);
    if (earlier === undefined) first.set(source.id, index);
    else repeats.set(index, earlier);
  });
  return repeats;
}

/** The id a repeated record's file name points to (`001_…` → S001), if no record has it. */
function meantId(source: Source, sources: readonly Source[]): string | null {
  const number = /^(\d{3})_/.exec(source.file)?.[1];
  const id = number === undefined ? null : `S${number}`;
  return id === null || sources.some((other) => other.id === id) ? null : id;
}

/** A source's locator ids and the ids of the reports it carries. */
export type SourceParts = { locators: Set<string>; reports: Set<string> };

/**
 * Every source id's locators and reports. A repeated record stands for the id its file name points
 * to when no record has that id; otherwise its locators and reports join those of the id it repeats.
 */
export function sourceLocators(sources: readonly Source[]): Map<string, SourceParts> {
  const repeats = repeatedSources(sources);
  const parts = new Map<string, SourceParts>();
  sources.forEach((source, index) => {
    const id = (repeats.has(index) ? meantId(source, sources) : null) ?? source.id;
    const known = parts.get(id) ?? { locators: new Set<string>(), reports: new Set<string>() };
    for (const locator of source.locators) known.locators.add(locator.id);
    for (const report of source.reports ?? []) known.reports.add(report.id);
    parts.set(id, known);
  });
  return parts;
}

/** How many citations in the catalogue name each source id, wherever they sit. */
export function citationsBySource(catalogue: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      if ('cites' in value && Array.isArray(value.cites)) {
        for (const cite of value.cites as { source: string }[]) {
          counts.set(cite.source, (counts.get(cite.source) ?? 0) + 1);
        }
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(catalogue);
  return counts;
}

const citations = (count: number, id: string) =>
  count === 1 ? `the 1 citation of ${id} is` : `the ${count} citations of ${id} are`;

/** The one problem a repeated source id makes, with what follows from it. */
export function repeatedSourceProblem(
  sources: readonly Source[],
  index: number,
  firstIndex: number,
  file: string,
  cited: ReadonlyMap<string, number>,
): CatalogueProblem {
  const source = sources[index] as Source;
  const parts = [`duplicate source id "${source.id}" (first used at sources[${firstIndex}])`];
  const meant = meantId(source, sources);
  if (meant !== null) {
    parts.push(`its file ${quote(source.file)} suggests it is ${meant}`);
    const count = cited.get(meant) ?? 0;
    if (count > 0) parts.push(`${citations(count, meant)} checked against it until this is fixed`);
  } else {
    const count = cited.get(source.id) ?? 0;
    if (count > 0) {
      parts.push(`${citations(count, source.id)} checked against both records until this is fixed`);
    }
  }
  return { file, path: `sources[${index}].id`, message: parts.join('; ') };
}
