// How far Iran could keep an Iraqi system going, read from the system's capability records.
//
// The rule looks at three needs a user of the system has:
//   ammunition  – to keep it firing: Iran reportedly makes its ammunition;
//   upkeep      – to keep it working: Iran reportedly makes spares for it or has long service
//                 experience with it;
//   replacement – to make good losses: Iran reportedly builds the system itself or its own variant.
// High = ammunition and replacement. Medium = ammunition and upkeep, without replacement.
// Low = any other reported capability. None = nothing reported.
// Ammunition comes first because it is what a force runs out of soonest. Adapted weapons only ever
// lift a system to low: they add to it rather than keep it going. A capability the sources do not
// report counts as absent (the sources are silent, not negative), and an inferred report counts
// like a stated one; the table shows the confidence beside each capability.
import type { System } from '../../catalogue/schema';
import type { CapabilityKind } from '../../catalogue/vocabulary';

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
      'Iran reportedly offers some support, short of ammunition plus upkeep or replacement',
  },
  none: { label: 'None', rank: 0, description: 'the sources report no Iranian support' },
} as const;
export type CommonalityLevel = keyof typeof COMMONALITY_LEVELS;

export const COMMONALITY_RULE =
  'The commonality level estimates how far Iran could keep the Iraqi system going, using only what the sources report. ' +
  'High: Iran makes its ammunition and can build the system or its own version of it. ' +
  'Medium: Iran makes its ammunition and can help keep it working (spare parts or long service experience), but is not reported to build it. ' +
  'Low: some other Iranian support is reported, such as adapted weapons alone. ' +
  'None: no Iranian support is reported. ' +
  'A capability the sources do not mention counts as absent, and an inferred report counts the same as a stated one.';

export type SustainmentNeeds = { ammunition: boolean; upkeep: boolean; replacement: boolean };

/** Which of the three needs the reported capabilities cover. */
export function sustainmentNeeds(system: System): SustainmentNeeds {
  const reported = new Set<CapabilityKind>(
    system.capabilities
      .filter((capability) => capability.status === 'reported')
      .map((capability) => capability.kind),
  );
  return {
    ammunition: reported.has('ammunition'),
    upkeep: reported.has('spares') || reported.has('service-experience'),
    replacement: reported.has('platform') || reported.has('own-variant'),
  };
}

export function commonalityLevel(system: System): CommonalityLevel {
  const needs = sustainmentNeeds(system);
  if (needs.ammunition && needs.replacement) return 'high';
  if (needs.ammunition && needs.upkeep) return 'medium';
  return system.capabilities.some((capability) => capability.status === 'reported')
    ? 'low'
    : 'none';
}
