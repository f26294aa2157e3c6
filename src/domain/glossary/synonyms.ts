// Other names a system answers to in search: its platform type's abbreviation ("SPH") and the
// glossary terms for its type and its operators ("Islamic Revolutionary Guard Corps").
import type { GlossaryEntry, System } from '../../catalogue/schema';
import { OPERATORS, PLATFORM_TYPES } from '../../catalogue/vocabulary';
import { termMatcher, termsIn } from './mark-terms';
import { glossaryPhrases } from './term-phrases';

export function searchSynonyms(glossary: readonly GlossaryEntry[]): (system: System) => string[] {
  const matcher = termMatcher(glossaryPhrases(glossary));
  const termOf = new Map(glossary.map((entry) => [entry.id, entry.term]));
  return (system) => {
    const { abbreviation } = PLATFORM_TYPES[system.platformType];
    const operatorTerms = [...system.iraq, ...system.iran].flatMap((variant) =>
      termsIn(OPERATORS[variant.operator].label, matcher),
    );
    return [
      ...(abbreviation ? [abbreviation] : []),
      ...glossary
        .filter((entry) => entry.platformType === system.platformType)
        .map((entry) => entry.term),
      ...[...new Set(operatorTerms)].flatMap((id) => termOf.get(id) ?? []),
    ];
  };
}
