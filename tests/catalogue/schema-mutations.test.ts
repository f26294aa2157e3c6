// The published JSON Schema, run by an independent validator (ajv), and the app's own validator
// judge the same files the same way: the built-in catalogue as a file, then seeded mutations of it
// (a field removed, a wrong type, blank text, an unknown value, an unknown key, an empty list).
// The app also checks what no schema can say (ids that cite nothing, repeated ids), so a file the
// schema refuses is refused by the app, and one the app's schema takes is taken by the schema.
import Ajv from 'ajv';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/write-json-schema';
import { checkCatalogueFile, runCheck } from '../../src/catalogue/catalogue-file';
import { CatalogueFileSchema } from '../../src/catalogue/schema';
import { builtInAsFile } from '../support/catalogue-file';

const published = JSON.parse(
  jsonSchemaFiles().find((file) => file.path === 'data/catalogue-file.schema.json')?.text ?? '{}',
) as Record<string, unknown>;
const schemaTakes = new Ajv({ strict: false, allErrors: false }).compile(published);
const appSchemaTakes = (file: unknown) => v.safeParse(CatalogueFileSchema, file).success;
const appTakes = (file: unknown) =>
  runCheck(checkCatalogueFile(JSON.stringify(file), 'mine.json')).ok;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the file a mutation can reach, the root's own fields included. */
function pathsOf(value: Json, at: Path = [], into: Path[] = []): Path[] {
  if (at.length > 0) into.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], into);
  }
  return into;
}

const MUTATIONS = [
  'remove',
  'wrong type',
  'blank',
  'unknown value',
  'unknown key',
  'empty',
] as const;
type Mutation = (typeof MUTATIONS)[number];

function mutate(file: Json, path: Path, mutation: Mutation): Json {
  const copy = structuredClone(file) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  const value = parent[last] as Json;
  const replace = (next: Json) => {
    parent[last] = next;
  };
  switch (mutation) {
    case 'remove':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'wrong type':
      replace(typeof value === 'string' ? 7 : 'seven');
      break;
    case 'blank':
      replace(typeof value === 'string' ? ' \u00A0' : value);
      break;
    case 'unknown value':
      replace(
        typeof value === 'string' ? 'not-in-any-list' : typeof value === 'number' ? -1 : value,
      );
      break;
    case 'unknown key':
      if (value && typeof value === 'object' && !Array.isArray(value)) value.notAField = 1;
      break;
    case 'empty':
      replace(Array.isArray(value) ? [] : typeof value === 'string' ? '' : value);
      break;
  }
  return copy;
}

const base = builtInAsFile() as Json;
const paths = pathsOf(base);

describe('the published JSON Schema (ajv) and the app', () => {
  it('both take the built-in catalogue as a file', () => {
    expect(schemaTakes(base)).toBe(true);
    expect(appSchemaTakes(base)).toBe(true);
    expect(appTakes(base)).toBe(true);
  });

  it('agree on 600 seeded mutations of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: paths.length - 1 }),
        fc.constantFrom(...MUTATIONS),
        (at, mutation) => {
          const file = mutate(base, paths[at] ?? [], mutation);
          const where = `${mutation} at ${(paths[at] ?? []).join('.')}`;
          expect(appSchemaTakes(file), where).toBe(schemaTakes(file));
          if (!schemaTakes(file)) expect(appTakes(file), where).toBe(false);
        },
      ),
      { numRuns: 600, seed: 20261201 },
    );
  });
});
