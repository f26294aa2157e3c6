import type { Source } from '../../catalogue/register-schema';
import { useCatalogueData } from './catalogue-data';

/** The source register of the catalogue on screen, by id. */
export const useSourceIndex = (): ReadonlyMap<string, Source> => useCatalogueData().sources;
