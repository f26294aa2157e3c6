import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/write-json-schema';
import { PLATFORM_TYPE_IDS } from '../../src/catalogue/vocabulary';
import { readJson, readText } from './read-shipped-data';

describe('the generated JSON Schemas', () => {
  it.each(jsonSchemaFiles().map((file) => [file.path, file.text]))(
    '%s on disk matches what the generator writes',
    (path, text) => {
      expect(readText(path)).toBe(text);
    },
  );

  it('are the schemas the data files point to', () => {
    expect(readJson('data/catalogue.json').$schema).toBe('./catalogue.schema.json');
    expect(readJson('seeds/sources.json').$schema).toBe('./sources.schema.json');
  });

  it('keep the closed vocabularies as enums and forbid unknown properties', () => {
    const schema = readJson('data/catalogue.schema.json');
    const system = schema.properties.systems.items;
    expect(system.additionalProperties).toBe(false);
    // The built-in six first, then the classes a SIPRI register's descriptions fall into.
    expect(system.properties.platformType.enum).toEqual(PLATFORM_TYPE_IDS);
    expect(PLATFORM_TYPE_IDS.slice(0, 6)).toEqual([
      'mbt',
      'sph',
      'apc',
      'helicopter',
      'rpg',
      'rifle',
    ]);
  });
});
