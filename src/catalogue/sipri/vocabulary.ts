// The platform types and operators a catalogue read from a SIPRI trade register declares. The
// types are the classes SIPRI's weapon descriptions fall into (platform-type.ts); SIPRI's exact
// words stay in each system's summary. SIPRI names only the recipient country, not the branch.
import type { PlatformTypeEntry, Vocabulary } from '../schema';

const SIPRI_PLATFORM_TYPES = {
  mbt: { label: 'Tank', abbreviation: 'MBT' },
  ifv: { label: 'Infantry fighting vehicle', short: 'IFV', abbreviation: 'IFV' },
  apc: { label: 'Armoured personnel carrier', short: 'APC', abbreviation: 'APC' },
  'armoured-vehicle': { label: 'Other armoured vehicle', short: 'Armoured vehicle' },
  sph: { label: 'Self-propelled gun', short: 'Self-propelled gun', abbreviation: 'SPG' },
  'towed-gun': { label: 'Towed gun' },
  mrl: { label: 'Multiple rocket launcher', short: 'MRL', abbreviation: 'MRL' },
  mortar: { label: 'Mortar' },
  'air-defence-gun': { label: 'Anti-aircraft gun', short: 'AA gun' },
  sam: { label: 'Surface-to-air missile', short: 'SAM', abbreviation: 'SAM' },
  'anti-tank-missile': { label: 'Anti-tank missile', abbreviation: 'ATGM' },
  missile: { label: 'Other missile', short: 'Missile' },
  'combat-aircraft': { label: 'Combat aircraft' },
  'other-aircraft': { label: 'Transport, trainer or other aircraft', short: 'Aircraft' },
  helicopter: { label: 'Transport helicopter', short: 'Helicopter' },
  'combat-helicopter': { label: 'Combat helicopter' },
  'other-helicopter': { label: 'Light or other helicopter', short: 'Light helicopter' },
  ship: { label: 'Ship or boat', short: 'Ship' },
  sensor: { label: 'Radar or sensor', short: 'Sensor' },
  engine: { label: 'Engine' },
  rpg: { label: 'Rocket-propelled grenade launcher', short: 'RPG', abbreviation: 'RPG' },
  rifle: { label: 'Rifle' },
  other: { label: 'Other equipment', short: 'Other' },
} as const satisfies Record<string, Omit<PlatformTypeEntry, 'id'>>;

/** A class a SIPRI weapon description is read as. */
export type SipriPlatformType = keyof typeof SIPRI_PLATFORM_TYPES;

export const SIPRI_OPERATORS = {
  iraq: 'iraq-branch-not-given',
  iran: 'iran-branch-not-given',
} as const;

export const SIPRI_VOCABULARY: Vocabulary = {
  platformTypes: Object.entries(SIPRI_PLATFORM_TYPES).map(([id, entry]) => ({ id, ...entry })),
  operators: [
    { id: SIPRI_OPERATORS.iraq, label: 'Iraq (branch not given)', country: 'iraq' },
    { id: SIPRI_OPERATORS.iran, label: 'Iran (branch not given)', country: 'iran' },
  ],
};
