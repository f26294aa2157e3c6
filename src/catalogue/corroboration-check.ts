// A fact two sources state: the item's credibility says whether they agree (issue 21). This is
// the project's own rule for its built-in data, checked by its tests; an analyst's file grades its
// facts as its analyst judges, so opening a file never runs it. Where two
// independent sources state it and agree, the item is confirmed ("1"); where they differ on a
// detail (a version, a count), it is probably true ("2"), and the difference is written down.
import type { CatalogueProblem } from './problem';
import type { Catalogue, Citation } from './schema';
import type { Source } from './register-schema';
import { COUNTRY_IDS, type InformationCredibility } from './vocabulary';

/** Every cited record of a catalogue with its path, for checks that look at a fact's citations. */
function citedRecords(catalogue: Catalogue): { at: string; cites: readonly Citation[] }[] {
  return [
    ...catalogue.systems.flatMap((system, i) => [
      ...COUNTRY_IDS.flatMap((side) =>
        system[side].map((variant, j) => ({
          at: `systems[${i}].${side}[${j}]`,
          cites: variant.cites,
        })),
      ),
      ...system.capabilities.map((capability, k) => ({
        at: `systems[${i}].capabilities[${k}]`,
        cites: capability.cites,
      })),
    ]),
    ...catalogue.mentioned.map((item, i) => ({ at: `mentioned[${i}]`, cites: item.cites })),
    ...catalogue.events.map((event, i) => ({ at: `events[${i}]`, cites: event.cites })),
  ];
}

/** Problems with what a fact's citations say of its credibility, given the register's grades. */
export function checkCorroboration(
  catalogue: Catalogue,
  sources: readonly Source[],
  file: string,
): CatalogueProblem[] {
  const own = new Map(sources.map((source) => [source.id, source.grade.credibility]));
  const problems: CatalogueProblem[] = [];
  for (const { at, cites } of citedRecords(catalogue)) {
    // A source the register lacks is reported elsewhere; it confirms nothing.
    const stated = cites.filter((cite) => cite.confidence === 'stated' && own.has(cite.source));
    const statedSources = new Set(stated.map((cite) => cite.source));
    const corroborated = statedSources.size >= 2;
    const differs = cites.some((cite) => cite.differs !== undefined);
    const expected: InformationCredibility | null = corroborated ? (differs ? '2' : '1') : null;
    cites.forEach((cite, k) => {
      const report = (field: 'credibility' | 'differs', message: string) =>
        problems.push({ file, path: `${at}.cites[${k}].${field}`, message });
      if (cite.differs !== undefined && !corroborated) {
        report(
          'differs',
          'a difference needs a second source that states the fact, to differ from: cite it too',
        );
      }
      if (cite.credibility === undefined && cite.confidence === 'inferred') return;
      if (cite.confidence === 'inferred') {
        report(
          'credibility',
          "an inferred citation keeps its source's credibility: only a stated item is confirmed or not by another source",
        );
        return;
      }
      const item = cite.credibility ?? own.get(cite.source);
      if (expected === null) {
        if (cite.credibility === '1') {
          report(
            'credibility',
            'credibility 1 means another source confirms the item, but no other source states it here',
          );
        }
      } else if (item !== undefined && item !== expected) {
        report(
          'credibility',
          differs
            ? `two sources state this fact but one differs on a detail, so the item's credibility is 2 (probably true), not ${item}`
            : `two sources state this fact and agree, so the item's credibility is 1 (confirmed), not ${item}`,
        );
      }
    });
  }
  return problems;
}
