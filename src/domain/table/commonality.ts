// How far Iran could keep an Iraqi system going, read from the system's capability records.
//
// The rule looks at three needs a user of the system has:
//   ammunition  – to keep it firing: Iran reportedly MAKES its ammunition;
//   upkeep      – to keep it working: Iran reportedly makes or offers spares and servicing;
//   replacement – to make good losses: Iran reportedly builds the system or its own variant NOW.
// High = ammunition and replacement. Medium = ammunition and upkeep, without replacement.
// Low = any other reported capability. None = nothing reported.
// Ammunition comes first because it is what a force runs out of soonest. Ammunition Iran only
// offers does not count for it: the sources offer it with adapted weapons, rounds for the added
// weapon rather than for the system (M113, Mi-17), so it counts like the adapted weapons, which
// only ever lift a system to low. Tense and kind matter (issue 21, audit #4 and N5): a system Iran
// "has built" (the T-72S is "licence-built", with no word on production today) is not one it
// builds, and years of operating a type are not upkeep, so both count only towards Low. A
// capability the sources do not report counts as absent (the sources are silent, not negative).
// A reported record whose citations the evidence or grade filter leaves out is set aside: the
// level says so rather than reading as if the sources were silent (N1). The level names the
// records it rests on, and its weakest link: whether every one is stated outright, or one rests
// on an inference; the weakest grade among them (each record taking its best counted citation's
// grade); and "two sources" when every record it rests on is stated by two sources.
import type { Capability, System } from '../../catalogue/schema';
import { isReported, type CapabilityKind, type Confidence } from '../../catalogue/vocabulary';
import { compareGradeStrength, type CitationTest, type GradeId } from '../sources/trust';
import type { CommonalityLevel } from './commonality-levels';
import { kindList } from './shared-parts';

/** A record the level rests on, with how firmly its counted citations support it. */
type Support = {
  kind: CapabilityKind;
  capability: Capability;
  confidence: Confidence;
  /** The best item grade among its counted citations; null when the test carries no grades. */
  grade: GradeId | null;
  /** How many sources state it among its counted citations. */
  sources: number;
};

export type Commonality = {
  level: CommonalityLevel;
  /** The records the level rests on: one per need it meets (for Low, every counted record). */
  restsOn: Support[];
  /** The weakest link among them (for Low, the firmest record's, as any one gives Low); null for None. */
  weakest: Confidence | null;
  /** Reported kinds none of whose citations the filters count: set aside, not absent. */
  setAside: readonly CapabilityKind[];
  /** The weakest grade among the records it rests on (for Low, the firmest record's); null for None. */
  weakestGrade: GradeId | null;
  /** True when every record it rests on (for Low, the firmest) is stated by two or more sources. */
  corroborated: boolean;
};

const ALL_COUNT = () => true;

/**
 * The level a system's records give, counting only citations that pass `counts` (all by
 * default). A record with no counted citation is set aside.
 */
export function commonalityOf(system: System, counts: CitationTest = ALL_COUNT): Commonality {
  const gradeOf = counts.grade;
  const supports = new Map<CapabilityKind, Support>();
  const aside = new Set<CapabilityKind>();
  for (const capability of system.capabilities) {
    if (!isReported(capability.status)) continue;
    const counted = capability.cites.filter(counts);
    if (counted.length === 0) {
      aside.add(capability.kind);
      continue;
    }
    const confidence = counted.some((cite) => cite.confidence === 'stated') ? 'stated' : 'inferred';
    let grade: GradeId | null = null;
    if (gradeOf) {
      for (const cite of counted) {
        const next = gradeOf(cite);
        if (next && (grade === null || compareGradeStrength(next, grade) > 0)) grade = next;
      }
    }
    const sources = new Set(
      counted.filter((cite) => cite.confidence === 'stated').map((cite) => cite.source),
    ).size;
    supports.set(capability.kind, {
      kind: capability.kind,
      capability,
      confidence,
      grade,
      sources,
    });
  }
  const firmest = (...kinds: CapabilityKind[]): Support | undefined =>
    kinds.flatMap((kind) => supports.get(kind) ?? []).sort(byFirmness)[0];
  const making = (support: Support | undefined) =>
    support?.capability.status === 'makes' ? support : undefined;

  const ammunition = making(supports.get('ammunition'));
  const upkeep = firmest('spares');
  const replacement = firmest(
    ...(['platform', 'own-variant'] as const).filter((kind) => making(supports.get(kind))),
  );

  const setAside = kindList((kind) => aside.has(kind));
  const rest = (level: CommonalityLevel, ...restsOn: Support[]): Commonality => ({
    level,
    restsOn,
    weakest:
      restsOn.length === 0
        ? null
        : restsOn.some((support) => support.confidence === 'inferred')
          ? 'inferred'
          : 'stated',
    setAside,
    weakestGrade: weakestGradeOf(restsOn),
    corroborated: restsOn.length > 0 && restsOn.every((support) => support.sources >= 2),
  });
  if (ammunition && replacement) return rest('high', ammunition, replacement);
  if (ammunition && upkeep) return rest('medium', ammunition, upkeep);
  // Low names every counted record, firmest first (N28), not one picked by insertion order. Any
  // one of them gives Low, so its qualifier is the firmest one's.
  const all = [...supports.values()].sort(byFirmness);
  const [firmestRecord] = all;
  if (!firmestRecord) return rest('none');
  return {
    ...rest('low', ...all),
    weakest: firmestRecord.confidence,
    weakestGrade: firmestRecord.grade,
    corroborated: firmestRecord.sources >= 2,
  };
}

/** Stated before inferred, then two sources before one, then the better grade. */
function byFirmness(a: Support, b: Support): number {
  const inferred = Number(a.confidence === 'inferred') - Number(b.confidence === 'inferred');
  if (inferred !== 0) return inferred;
  const sources = Number(b.sources >= 2) - Number(a.sources >= 2);
  if (sources !== 0) return sources;
  return a.grade && b.grade ? compareGradeStrength(b.grade, a.grade) : 0;
}

function weakestGradeOf(restsOn: readonly Support[]): GradeId | null {
  let weakest: GradeId | null = null;
  for (const { grade } of restsOn) {
    if (grade && (weakest === null || compareGradeStrength(grade, weakest) < 0)) weakest = grade;
  }
  return weakest;
}

/** True when the level is None only because the filters set every reported record aside. */
export const isSetAside = (commonality: Commonality): boolean =>
  commonality.level === 'none' && commonality.setAside.length > 0;
