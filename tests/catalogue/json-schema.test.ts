import { CAPABILITY_KIND_IDS } from '../../src/catalogue/vocabulary';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/write-json-schema';

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

  it('keep the closed vocabularies as enums, leave the declared ones open and forbid unknown properties', () => {
    const schema = readJson('data/catalogue.schema.json');
    const system = schema.properties.systems.items;
    expect(system.additionalProperties).toBe(false);
    expect(system.properties.capabilities.items.properties.kind.enum).toEqual(CAPABILITY_KIND_IDS);
    // Platform types and operators are the catalogue's own: an id here, checked against its
    // vocabulary by the integrity check.
    expect(system.properties.platformType.enum).toBeUndefined();
    expect(system.properties.platformType.type).toBe('string');
    const vocabulary = schema.properties.vocabulary;
    expect(schema.required).not.toContain('vocabulary');
    expect(vocabulary.properties.platformTypes.maxItems).toBe(32);
    expect(vocabulary.properties.operators.items.properties.country.enum).toEqual(['iraq', 'iran']);
  });
});
