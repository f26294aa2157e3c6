// What loading the built-in catalogue gives, and the names its two files go by in a problem.
import type { Catalogue } from './schema';
import type { Source } from './register-schema';
import type { CatalogueProblem } from './problem';

export type LoadedCatalogue = { catalogue: Catalogue; sources: Source[] };
export type LoadResult =
  { ok: true; data: LoadedCatalogue } | { ok: false; problems: CatalogueProblem[] };

export const CATALOGUE_FILE = 'data/catalogue.json';
export const REGISTER_FILE = 'seeds/sources.json';
