// The ids a link may name: what the decoder checks each id in a link against.
import type { Vocabulary } from '../../catalogue/schema';
import type { ComparisonItemId } from '../view/state';

/** The ids a link may name, taken from the catalogue on screen. */
export type KnownIds = {
  systems: readonly string[];
  comparisonItems: readonly ComparisonItemId[];
  glossaryTerms: readonly string[];
  /** The platform types and operators the catalogue declares, in its vocabulary's order. */
  platformTypes: readonly string[];
  operators: readonly string[];
};

/** The ids of a catalogue's declared platform types and operators, for its known ids. */
export const declaredIds = (
  vocabulary: Vocabulary,
): Pick<KnownIds, 'platformTypes' | 'operators'> => ({
  platformTypes: vocabulary.platformTypes.map((entry) => entry.id),
  operators: vocabulary.operators.map((entry) => entry.id),
});
