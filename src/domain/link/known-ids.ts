// The ids a link may name: what the decoder checks each id in a link against.
import { vocabularyOf } from '../../catalogue/built-in-vocabulary';
import type { Catalogue, Vocabulary } from '../../catalogue/schema';
import { knownComparisonItems } from '../comparison/items';

/**
 * Ids as one text, each on a line of its own. An opened catalogue's service sends the page the
 * ids a link may name; at 100,000 systems they are 500,000 ids, which as strings of their own took
 * 24 MB of the page's heap (and cloning them a task on its thread). As lines of one text they are
 * one string; a link names a few ids, and each is found by one scan.
 */
export type IdList = { readonly lines: string };

export const idList = (ids: readonly string[]): IdList => ({ lines: `\n${ids.join('\n')}\n` });

/** Whether `id` is in the list. An id never holds a line feed, so none is found inside another. */
export const listsId = (list: IdList, id: string): boolean =>
  id !== '' && !id.includes('\n') && list.lines.includes(`\n${id}\n`);

/** The list's ids, in order. */
export const idsOf = (list: IdList): string[] =>
  list.lines.length <= 2 ? [] : list.lines.slice(1, -1).split('\n');

/** The ids a link may name, taken from the catalogue on screen. */
export type KnownIds = {
  systems: IdList;
  comparisonItems: IdList;
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

/** The ids a link may name in `catalogue`. */
export const knownIdsOf = (catalogue: Catalogue): KnownIds => ({
  systems: idList(catalogue.systems.map((system) => system.id)),
  comparisonItems: idList(knownComparisonItems(catalogue)),
  glossaryTerms: catalogue.glossary.map((entry) => entry.id),
  ...declaredIds(vocabularyOf(catalogue)),
});
