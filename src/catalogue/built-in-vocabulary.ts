// The built-in catalogue's platform types and operators: its declaration, used by any catalogue
// that declares none (an app-format file without a `vocabulary`). Labels are looked up through the
// catalogue on screen, never through this list directly.
import type { OperatorEntry, PlatformTypeEntry, Vocabulary } from './schema';
import type { Operator, PlatformType } from './vocabulary';

export const BUILT_IN_VOCABULARY: Vocabulary = {
  platformTypes: [
    { id: 'mbt', label: 'Main battle tank', short: 'Tank', abbreviation: 'MBT' },
    { id: 'sph', label: 'Self-propelled howitzer', short: 'Howitzer', abbreviation: 'SPH' },
    { id: 'apc', label: 'Armoured personnel carrier', short: 'APC', abbreviation: 'APC' },
    { id: 'helicopter', label: 'Transport helicopter', short: 'Helicopter' },
    { id: 'rpg', label: 'Rocket-propelled grenade launcher', short: 'RPG', abbreviation: 'RPG' },
    { id: 'rifle', label: 'Assault rifle', short: 'Rifle' },
  ],
  operators: [
    { id: 'iraqi-army', label: 'Iraqi Army', country: 'iraq' },
    { id: 'iraqi-air-force', label: 'Iraqi Air Force (IqAF)', country: 'iraq' },
    { id: 'iraqi-federal-police', label: 'Iraqi Federal Police', country: 'iraq' },
    { id: 'iranian-army', label: 'Iranian Army (Artesh ground force)', country: 'iran' },
    {
      id: 'iranian-armed-forces',
      label: 'Iranian armed forces (branch not named)',
      country: 'iran',
    },
    { id: 'irgc', label: 'Revolutionary Guard (IRGC)', country: 'iran' },
    { id: 'irgc-af', label: 'Revolutionary Guard air force (IRGC-AF)', country: 'iran' },
  ],
};

/** The vocabulary a catalogue declares, or the built-in one when it declares none. */
export const vocabularyOf = (catalogue: { vocabulary?: Vocabulary | undefined }): Vocabulary =>
  catalogue.vocabulary ?? BUILT_IN_VOCABULARY;

type Lookup = {
  platformTypes: ReadonlyMap<string, PlatformTypeEntry>;
  operators: ReadonlyMap<string, OperatorEntry>;
};
const lookups = new WeakMap<Vocabulary, Lookup>();

function lookupOf(vocabulary: Vocabulary): Lookup {
  let lookup = lookups.get(vocabulary);
  if (!lookup) {
    lookup = {
      platformTypes: new Map(vocabulary.platformTypes.map((entry) => [entry.id, entry])),
      operators: new Map(vocabulary.operators.map((entry) => [entry.id, entry])),
    };
    lookups.set(vocabulary, lookup);
  }
  return lookup;
}

/** A declared platform type, or undefined (the integrity check refuses a catalogue using one). */
export const declaredPlatformType = (vocabulary: Vocabulary, id: PlatformType) =>
  lookupOf(vocabulary).platformTypes.get(id);
export const declaredOperator = (vocabulary: Vocabulary, id: Operator) =>
  lookupOf(vocabulary).operators.get(id);

/** A platform type's entry; a checked catalogue declares every type it uses, so the id is a fallback. */
export const platformTypeEntry = (vocabulary: Vocabulary, id: PlatformType): PlatformTypeEntry =>
  declaredPlatformType(vocabulary, id) ?? { id, label: id };

export const operatorLabel = (vocabulary: Vocabulary, id: Operator): string =>
  declaredOperator(vocabulary, id)?.label ?? id;

/** The built-in catalogue's ids, in its declaration's order. */
export const BUILT_IN_PLATFORM_TYPE_IDS = BUILT_IN_VOCABULARY.platformTypes.map(
  (entry) => entry.id,
);
export const BUILT_IN_OPERATOR_IDS = BUILT_IN_VOCABULARY.operators.map((entry) => entry.id);
