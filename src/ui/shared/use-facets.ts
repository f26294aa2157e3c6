// The platform types and operators of the catalogue on screen, and the facet table they make.
import { BUILT_IN_VOCABULARY, vocabularyOf } from '../../catalogue/built-in-vocabulary';
import type { Vocabulary } from '../../catalogue/schema';
import { facetsFor, type FacetTable } from '../../domain/table/facets';
import { useApp } from './store-context';

/** The vocabulary of the catalogue on screen; the built-in one while a catalogue loads. */
export const useVocabulary = (): Vocabulary =>
  useApp((state) =>
    state.catalogue.status === 'ready'
      ? vocabularyOf(state.catalogue.data.catalogue)
      : BUILT_IN_VOCABULARY,
  );

export const useFacets = (): FacetTable => facetsFor(useVocabulary());
