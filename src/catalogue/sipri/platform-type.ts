// A SIPRI weapon description ("self-propelled gun", "portable SAM") as one of the app's platform
// types. SIPRI's words stay on each row (the system's summary and every deal quote them); the type
// is only the class the filter offers. The first rule whose words the description holds wins.
import type { SipriPlatformType as PlatformType } from './vocabulary';

const RULES: readonly [RegExp, PlatformType][] = [
  [/\bengine\b/, 'engine'],
  [/\bradar\b|\bsensor\b|\bsonar\b|\bsight\b|\bfire control\b/, 'sensor'],
  [/\bhelicopter\b/, 'helicopter'],
  [/\baircraft\b|\bairliner\b|\buav\b|\bbomber\b|\btrainer\b/, 'combat-aircraft'],
  [/\bsam\b|\bsurface-to-air\b/, 'sam'],
  [/\banti-tank missile\b|\batgm\b/, 'anti-tank-missile'],
  [/\bmissile\b|\bguided bomb\b|\brocket\b(?!.*launcher)|\bbomb\b|\btorpedo\b/, 'missile'],
  [/\bmrl\b|\brocket launcher\b/, 'mrl'],
  [/\bmortar\b/, 'mortar'],
  [/\baa gun\b|\banti-aircraft\b|\bair defence gun\b/, 'air-defence-gun'],
  [/\bself-propelled (gun|howitzer)\b/, 'sph'],
  [/\btowed gun\b|\bhowitzer\b|\bgun\b/, 'towed-gun'],
  [/\bifv\b|\binfantry fighting\b/, 'ifv'],
  [/\bapc\b|\bpersonnel carrier\b/, 'apc'],
  [/\btank\b/, 'mbt'],
  [
    /\barmoured\b|\bapv\b|\bscout car\b|\breconnaissance vehicle\b|\barv\b|\bbridge/,
    'armoured-vehicle',
  ],
  [
    /\bship\b|\bboat\b|\bcraft\b|\bfrigate\b|\bcorvette\b|\bsubmarine\b|\bdestroyer\b|\bvessel\b/,
    'ship',
  ],
  [/\brpg\b|\bgrenade launcher\b/, 'rpg'],
  [/\brifle\b/, 'rifle'],
];

// Helicopters and aircraft split by role.
const HELICOPTER: readonly [RegExp, PlatformType][] = [
  [/\btransport\b/, 'helicopter'],
  [/\bcombat\b|\battack\b|\banti-tank\b/, 'combat-helicopter'],
];
const AIRCRAFT: readonly [RegExp, PlatformType][] = [
  [/\bfighter\b|\bfga\b|\bground attack\b|\bbomber\b|\bstrike\b|\bcombat\b/, 'combat-aircraft'],
];

const first = (rules: readonly [RegExp, PlatformType][], text: string) =>
  rules.find(([pattern]) => pattern.test(text))?.[1];

export function platformTypeOf(description: string): PlatformType {
  const text = description.toLowerCase();
  const type = first(RULES, text) ?? 'other';
  if (type === 'helicopter') return first(HELICOPTER, text) ?? 'other-helicopter';
  if (type === 'combat-aircraft') return first(AIRCRAFT, text) ?? 'other-aircraft';
  return type;
}
