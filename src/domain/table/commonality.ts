// How far Iran could keep an Iraqi system going, read from the system's capability records.
//
// The rule looks at three needs a user of the system has:
//   ammunition  – to keep it firing: Iran reportedly MAKES its ammunition;
//   upkeep      – to keep it working: Iran reportedly makes or offers spares, or has long
//                 service experience with it;
//   replacement – to make good losses: Iran reportedly builds the system or its own variant.
// High = ammunition and replacement. Medium = ammunition and upkeep, without replacement.
// Low = any other reported capability. None = nothing reported.
// Ammunition comes first because it is what a force runs out of soonest. Ammunition Iran only
// offers does not count for it: the sources offer it with adapted weapons, rounds for the added
// weapon rather than for the system (M113, Mi-17), so it counts like the adapted weapons, which
// only ever lift a system to low. A capability the sources do not report counts as absent (the
// sources are silent, not negative). The level names the records it rests on, and its weakest
// link: whether every one is stated outright, or one rests on an inference.
import type { Capability, Citation, System } from '../../catalogue/schema';
import { isReported, type CapabilityKind, type Confidence } from '../../catalogue/vocabulary';

export const COMMONALITY_LEVELS = {
  high: {
    label: 'High',
    rank: 3,
    description: 'Iran reportedly makes the ammunition and can build the system or its own version',
  },
  medium: {
    label: 'Medium',
    rank: 2,
    description:
      'Iran reportedly makes the ammunition and can help keep the system working, but is not reported to build it',
  },
  low: {
    label: 'Low',
    rank: 1,
    description:
      'Iran reportedly offers some support, short of made ammunition plus upkeep or replacement',
  },
  none: { label: 'None', rank: 0, description: 'the sources report no Iranian support' },
} as const;
export type CommonalityLevel = keyof typeof COMMONALITY_LEVELS;

export const EVIDENCE_QUALIFIERS = {
  stated: { label: 'stated outright', description: 'every record it rests on is stated outright' },
  inferred: {
    label: 'rests on an inference',
    description: 'at least one record it rests on is inferred, not stated outright',
  },
} as const satisfies Record<Confidence, unknown>;

export const COMMONALITY_RULE =
  'The commonality level estimates how far Iran could keep the Iraqi system going, using only what the sources report. ' +
  'High: Iran makes its ammunition and can build the system or its own version of it. ' +
  'Medium: Iran makes its ammunition and can help keep it working (spare parts or long service experience), but is not reported to build it. ' +
  'Low: some other Iranian support is reported, such as adapted weapons, or ammunition Iran offers rather than makes. ' +
  'None: no Iranian support is reported. ' +
  'A capability the sources do not mention counts as absent. ' +
  'Beside the level: "stated outright" when every record it rests on is stated, "rests on an inference" when one is only inferred.';

/** A record the level rests on, with how firmly its counted citations support it. */
export type Support = { kind: CapabilityKind; capability: Capability; confidence: Confidence };

export type Commonality = {
  level: CommonalityLevel;
  /** The records the level rests on: one per need it meets (for Low, the firmest record). */
  restsOn: Support[];
  /** The weakest link among them; null for None. */
  weakest: Confidence | null;
};

export type SustainmentNeeds = { ammunition: boolean; upkeep: boolean; replacement: boolean };

const ALL_COUNT = () => true;

/**
 * The level a system's records give, counting only citations that pass `counts` (all by
 * default). A record with no counted citation is set aside.
 */
export function commonalityOf(
  system: System,
  counts: (cite: Citation) => boolean = ALL_COUNT,
): Commonality {
  const supports = new Map<CapabilityKind, Support>();
  for (const capability of system.capabilities) {
    const counted = capability.cites.filter(counts);
    if (!isReported(capability.status) || counted.length === 0) continue;
    const confidence = counted.some((cite) => cite.confidence === 'stated') ? 'stated' : 'inferred';
    supports.set(capability.kind, { kind: capability.kind, capability, confidence });
  }
  const firmest = (...kinds: CapabilityKind[]): Support | undefined =>
    kinds
      .flatMap((kind) => supports.get(kind) ?? [])
      .sort((a, b) => Number(a.confidence === 'inferred') - Number(b.confidence === 'inferred'))[0];

  const made = supports.get('ammunition');
  const ammunition = made?.capability.status === 'makes' ? made : undefined;
  const upkeep = firmest('spares', 'service-experience');
  const replacement = firmest('platform', 'own-variant');

  const rest = (level: CommonalityLevel, ...restsOn: Support[]): Commonality => ({
    level,
    restsOn,
    weakest:
      restsOn.length === 0
        ? null
        : restsOn.some((support) => support.confidence === 'inferred')
          ? 'inferred'
          : 'stated',
  });
  if (ammunition && replacement) return rest('high', ammunition, replacement);
  if (ammunition && upkeep) return rest('medium', ammunition, upkeep);
  const any = firmest(...supports.keys());
  return any ? rest('low', any) : rest('none');
}

/** Which of the three needs the reported capabilities cover. */
export function sustainmentNeeds(system: System): SustainmentNeeds {
  const status = (kind: CapabilityKind) =>
    system.capabilities.find((capability) => capability.kind === kind)?.status ?? 'not-reported';
  return {
    ammunition: status('ammunition') === 'makes',
    upkeep: isReported(status('spares')) || isReported(status('service-experience')),
    replacement: isReported(status('platform')) || isReported(status('own-variant')),
  };
}

export const commonalityLevel = (system: System): CommonalityLevel => commonalityOf(system).level;

/** "Medium · rests on an inference": the level with its weakest link, as every view shows it. */
export function commonalityText(commonality: Commonality): string {
  const { label } = COMMONALITY_LEVELS[commonality.level];
  return commonality.weakest
    ? `${label} · ${EVIDENCE_QUALIFIERS[commonality.weakest].label}`
    : label;
}
