// Whether a fact rests on more than one source, and what each source leaves out (issue 21). Two
// independent sources that state a fact and agree confirm it (credibility 1); two that state it
// but differ on a detail make it probably true (2), and each difference is shown with its source.
import type { Citation } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import type { PlatformType } from '../../catalogue/vocabulary';

export type Corroboration = {
  /** The sources that state the fact, each once, in the order cited. */
  sources: string[];
  /** What a source's record says that the fact as written does not, with that source's id. */
  differences: { source: string; text: string }[];
};

/**
 * Two or more sources of the register stating the fact, or null when it rests on one. Only a
 * stated citation corroborates: an inference from a second source confirms nothing.
 */
export function corroborationOf(
  cites: readonly Citation[],
  register: ReadonlyMap<string, unknown>,
): Corroboration | null {
  const sources = [
    ...new Set(
      cites
        .filter((cite) => cite.confidence === 'stated' && register.has(cite.source))
        .map((cite) => cite.source),
    ),
  ];
  if (sources.length < 2) return null;
  const differences = cites.flatMap((cite) =>
    cite.differs === undefined ? [] : [{ source: cite.source, text: cite.differs }],
  );
  return { sources, differences };
}

/** "Two sources agree (S000, S005)" or "Two sources, differing on a detail (S000, S005)". */
export function corroborationText(corroboration: Corroboration): string {
  const count = corroboration.sources.length === 2 ? 'Two' : `${corroboration.sources.length}`;
  const ids = corroboration.sources.join(', ');
  return corroboration.differences.length === 0
    ? `${count} sources agree (${ids}): confirmed, credibility 1`
    : `${count} sources, differing on a detail (${ids}): probably true, credibility 2`;
}

/** The sources that do not record this kind of equipment at all, so their silence means nothing. */
export function sourcesLeavingOut(platformType: PlatformType, sources: Iterable<Source>): Source[] {
  return [...sources].filter((source) => source.coverage?.leavesOut.includes(platformType));
}
