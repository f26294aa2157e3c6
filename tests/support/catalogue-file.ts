import { CATALOGUE_FILE, REGISTER_FILE } from '../../src/catalogue/loaded';
import { CATALOGUE_FILE_KIND } from '../../src/catalogue/schema';
import { readJson } from '../catalogue/read-shipped-data';

/** The built-in catalogue written in the file format, as an analyst would. */
export function builtInAsFile(): Record<string, unknown> {
  const catalogue = { ...(readJson(CATALOGUE_FILE) as Record<string, unknown>) };
  delete catalogue.$schema;
  const register = { ...(readJson(REGISTER_FILE) as Record<string, unknown>) };
  delete register.$schema;
  return {
    kind: CATALOGUE_FILE_KIND,
    version: 1,
    title: 'Built-in, as a file',
    catalogue,
    register,
  };
}
