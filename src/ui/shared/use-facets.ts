// The platform types and operators of the catalogue on screen, and the facet table they make.
import type { Vocabulary } from '../../catalogue/schema';
import { facetsFor, type FacetTable } from '../../domain/table/facets';
import { useCatalogueData } from './catalogue-data';

/** The vocabulary of the catalogue on screen; the built-in one while a catalogue loads. */
export const useVocabulary = (): Vocabulary => useCatalogueData().vocabulary;

export const useFacets = (): FacetTable => facetsFor(useVocabulary());
