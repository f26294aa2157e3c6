// What every part of the screen reads of the catalogue on screen (its glossary, its source
// register by id, its vocabulary), handed down once rather than asked of the store by each mark:
// a table of a few rows holds hundreds of citation marks and glossary terms, and each one
// subscribed to the store was asked again on every keystroke.
import { createContext, useContext } from 'react';
import { BUILT_IN_VOCABULARY, vocabularyOf } from '../../catalogue/built-in-vocabulary';
import type { GlossaryEntry, Vocabulary } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import type { ReadyCatalogue } from '../../state/catalogue-state';

export type CatalogueData = {
  glossary: readonly GlossaryEntry[];
  /** The source register by id. */
  sources: ReadonlyMap<string, Source>;
  /** The built-in vocabulary while a catalogue loads. */
  vocabulary: Vocabulary;
};

const NO_DATA: CatalogueData = {
  glossary: [],
  sources: new Map(),
  vocabulary: BUILT_IN_VOCABULARY,
};

/** The data of a ready catalogue, or the empty data while none is. */
export const catalogueDataOf = (data: ReadyCatalogue['data'] | null): CatalogueData =>
  data === null
    ? NO_DATA
    : {
        glossary: data.catalogue.glossary,
        sources: new Map(data.sources.map((source) => [source.id, source])),
        vocabulary: vocabularyOf(data.catalogue),
      };

export const CatalogueDataContext = createContext<CatalogueData>(NO_DATA);

export const useCatalogueData = (): CatalogueData => useContext(CatalogueDataContext);
