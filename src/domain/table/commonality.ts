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
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  isReported,
  type CapabilityKind,
  type Confidence,
} from '../../catalogue/vocabulary';
import { SET_ASIDE } from '../sources/fact-strength';
import { compareGradeStrength, type CitationTest, type GradeId } from '../sources/trust';

export const COMMONALITY_LEVELS = {
  high: {
    label: 'High',
    rank: 3,
    description:
      'Iran reportedly makes the ammunition and builds the system or its own version today',
  },
  medium: {
    label: 'Medium',
    rank: 2,
    description:
      'Iran reportedly makes the ammunition and makes or offers spares, but is not reported to build the system today',
  },
  low: {
    label: 'Low',
    rank: 1,
    description:
      'Iran reportedly offers some support, short of made ammunition plus spares or present-day production',
  },
  none: { label: 'None', rank: 0, description: 'the sources report no Iranian support' },
} as const;
export type CommonalityLevel = keyof typeof COMMONALITY_LEVELS;

/** A level of None because the filters set every record aside: what it reads instead (N1). */
export const SET_ASIDE_LEVEL = {
  label: 'Set aside by the filter',
  description:
    'the sources report Iranian support, but the evidence or grade filter sets every record of it aside: no support is reported at this filter',
} as const;

export const EVIDENCE_QUALIFIERS = {
  stated: {
    label: 'stated outright',
    description:
      'every record it rests on is stated outright by its source (how plainly the source says it, not whether another source confirms it)',
  },
  inferred: {
    label: 'rests on an inference',
    description: 'at least one record it rests on is inferred, not stated outright',
  },
} as const satisfies Record<Confidence, unknown>;

export const COMMONALITY_RULE =
  'The commonality level estimates how far Iran could keep the Iraqi system going, using only what the sources report. ' +
  'High: Iran makes its ammunition and builds the system or its own version of it today. ' +
  'Medium: Iran makes its ammunition and makes or offers spares, but is not reported to build the system today. ' +
  'Low: some other Iranian support is reported, such as adapted weapons, ammunition Iran offers rather than makes, years of operating the type (experience is not upkeep), or a system Iran has built in the past (licence-built is not production today). ' +
  'None: no Iranian support is reported. ' +
  'A capability the sources do not mention counts as absent. ' +
  `When the evidence or grade filter leaves out every record of a reported capability, it is ${SET_ASIDE}, not absent; a level all of whose records are left out reads "${SET_ASIDE_LEVEL.label}". ` +
  'Beside the level: "stated outright" when every record it rests on is stated, "rests on an inference" when one is only inferred; this says how plainly the source says it, not whether another source confirms it. ' +
  'Then the weakest grade among those records (each record taking the best grade among its citations), and "two sources" when every one of them is stated by two sources. For Low, which any one record gives, these are the firmest record\'s.';

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
  setAside: CapabilityKind[];
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
  const setAside: CapabilityKind[] = [];
  for (const capability of system.capabilities) {
    if (!isReported(capability.status)) continue;
    const counted = capability.cites.filter(counts);
    if (counted.length === 0) {
      setAside.push(capability.kind);
      continue;
    }
    const confidence = counted.some((cite) => cite.confidence === 'stated') ? 'stated' : 'inferred';
    const grades = gradeOf
      ? counted.flatMap((cite) => gradeOf(cite) ?? []).sort((a, b) => compareGradeStrength(b, a))
      : [];
    const sources = new Set(
      counted.filter((cite) => cite.confidence === 'stated').map((cite) => cite.source),
    ).size;
    supports.set(capability.kind, {
      kind: capability.kind,
      capability,
      confidence,
      grade: grades[0] ?? null,
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
  const grades = restsOn.flatMap((support) => support.grade ?? []);
  return grades.sort(compareGradeStrength)[0] ?? null;
}

/** True when the level is None only because the filters set every reported record aside. */
export const isSetAside = (commonality: Commonality): boolean =>
  commonality.level === 'none' && commonality.setAside.length > 0;

/**
 * "Medium · rests on an inference": the level with its weakest link, as every view shows it. A
 * level the filters lowered says so ("… · some support set aside by the filter"), and a level
 * the filters emptied reads "Set aside by the filter", never the sources' silence (N1).
 */
export function commonalityText(commonality: Commonality): string {
  const { label, qualifier } = commonalityParts(commonality);
  return qualifier ? `${label} · ${qualifier}` : label;
}

/**
 * The level's two parts as the table draws them: the label ("Medium", or "Set aside by the
 * filter") and what qualifies it ("rests on an inference", "some support set aside by the filter").
 */
export function commonalityParts(commonality: Commonality): {
  label: string;
  qualifier: string | null;
} {
  if (isSetAside(commonality)) return { label: SET_ASIDE_LEVEL.label, qualifier: null };
  const qualifiers = [
    commonality.weakest ? EVIDENCE_QUALIFIERS[commonality.weakest].label : null,
    commonality.weakestGrade ? `weakest grade ${commonality.weakestGrade}` : null,
    commonality.corroborated ? 'two sources' : null,
    commonality.setAside.length > 0 ? `some support ${SET_ASIDE}` : null,
  ].filter((part) => part !== null);
  return {
    label: COMMONALITY_LEVELS[commonality.level].label,
    qualifier: qualifiers.length > 0 ? qualifiers.join(' · ') : null,
  };
}

/** What the level means for this row, in words: the level's own, or why the filter emptied it. */
export function commonalityDescription(commonality: Commonality): string {
  return isSetAside(commonality)
    ? SET_ASIDE_LEVEL.description
    : COMMONALITY_LEVELS[commonality.level].description;
}

/**
 * Why this row has its level, in one sentence, for the level's "rule" mark: the records it rests
 * on with their status and evidence, and what the filter set aside.
 */
export const commonalityReason = (commonality: Commonality): string =>
  `This row: ${levelReason(commonality)}`;

/** "Medium, resting on ammunition (makes, stated)": the level and what it rests on, as paper lists it. */
export function levelReason(commonality: Commonality): string {
  const label = (kind: CapabilityKind) => CAPABILITY_KINDS[kind].label.toLowerCase();
  const setAside =
    commonality.setAside.length > 0
      ? ` Set aside by the filter: ${commonality.setAside.map(label).join(', ')}.`
      : '';
  if (isSetAside(commonality)) {
    return `${SET_ASIDE_LEVEL.label.toLowerCase()}; the sources report support, but none of it passes the filter.${setAside}`;
  }
  if (commonality.restsOn.length === 0) return 'None; no Iranian support is reported.';
  const records = commonality.restsOn
    .map(
      (support) =>
        `${label(support.kind)} (${[
          CAPABILITY_STATUSES[support.capability.status].label.toLowerCase(),
          support.confidence,
          support.grade,
          support.sources >= 2 ? 'two sources' : null,
        ]
          .filter((part) => part !== null)
          .join(', ')})`,
    )
    .join('; ');
  return `${COMMONALITY_LEVELS[commonality.level].label}, resting on ${records}.${setAside}`;
}
