// Other names a system answers to in search: its platform type's abbreviation ("SPH"), the
// glossary terms for its type and its operators ("Islamic Revolutionary Guard Corps"), and those
// the glossary gives as names of the system itself ("Kalashnikov" for the AKM).
import { operatorLabel, platformTypeEntry } from '../../catalogue/built-in-vocabulary';
import type { GlossaryEntry, System, Vocabulary } from '../../catalogue/schema';
import type { Operator, PlatformType } from '../../catalogue/vocabulary';
import { termMatcher, termsIn } from './mark-terms';
import { glossaryPhrases } from './term-phrases';

export function searchSynonyms(
  glossary: readonly GlossaryEntry[],
  vocabulary: Vocabulary,
): (system: System) => string[] {
  const matcher = termMatcher(glossaryPhrases(glossary, vocabulary));
  const termOf = new Map(glossary.map((entry) => [entry.id, entry.term]));
  // Worked out once per operator and per platform type: a catalogue of 100,000 systems has only
  // the vocabulary's few of each.
  const operatorTerms = memo((operator: Operator) =>
    termsIn(operatorLabel(vocabulary, operator), matcher),
  );
  const typeTerms = memo((type: PlatformType) => {
    const { abbreviation } = platformTypeEntry(vocabulary, type);
    return [
      ...(abbreviation ? [abbreviation] : []),
      ...glossary.filter((entry) => entry.platformType === type).map((entry) => entry.term),
    ];
  });
  const namesOf = new Map<string, string[]>();
  for (const entry of glossary) {
    if (entry.system !== undefined)
      namesOf.set(entry.system, [...(namesOf.get(entry.system) ?? []), entry.term]);
  }
  return (system) => {
    const ids = new Set(
      [...system.iraq, ...system.iran].flatMap((variant) => operatorTerms(variant.operator)),
    );
    return [
      ...typeTerms(system.platformType),
      ...[...ids].flatMap((id) => termOf.get(id) ?? []),
      ...(namesOf.get(system.id) ?? []),
    ];
  };
}

function memo<K, V>(work: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, work(key));
    return known.get(key) as V;
  };
}
