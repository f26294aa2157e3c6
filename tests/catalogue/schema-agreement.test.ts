// The published JSON Schema and the app's validator judge text the same way: the published
// patterns run as ECMAScript regular expressions with the `u` flag, the way ajv compiles them.
// Whole files, through ajv itself: schema-mutations.test.ts.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/write-json-schema';
import { checkCatalogueFile, runCheck } from '../../src/catalogue/catalogue-file';
import { CatalogueFileSchema } from '../../src/catalogue/schema';
import { builtInAsFile } from '../support/catalogue-file';

const published = JSON.parse(
  jsonSchemaFiles().find((file) => file.path === 'data/catalogue-file.schema.json')?.text ?? '{}',
);
const system = published.properties.catalogue.properties.systems.items;

const schemaTakes = (node: { pattern?: string; minLength?: number }, text: string) =>
  (node.pattern === undefined || new RegExp(node.pattern, 'u').test(text)) &&
  text.length >= (node.minLength ?? 0);
const appTakes = (text: string) => v.safeParse(CatalogueFileSchema.entries.title, text).success;

const INVISIBLE = [' ', '\t', '\n', '\u00A0', '\u3000', '\u200B', '\u200D', '\u2060', '\uFEFF'];
const VISIBLE = ['a', 'É', '中', '🚀', '-', '0'];

const check = (file: unknown) => runCheck(checkCatalogueFile(JSON.stringify(file), 'mine.json'));

describe('the published JSON Schema and the app', () => {
  it.each([
    ['spaces only', '   '],
    ['no-break spaces only', '\u00A0\u00A0'],
    ['an ideographic space', '\u3000'],
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner and a word joiner', '\u200D\u2060'],
  ])('both refuse a title of %s', (_, title) => {
    expect(schemaTakes(published.properties.title, title)).toBe(false);
    expect(appTakes(title)).toBe(false);
    const result = check({ ...builtInAsFile(), title });
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: 'title',
      message: expect.stringMatching(/^a title is empty or only invisible characters/),
    });
  });

  it('agree on any text made of visible and invisible characters', () => {
    const text = fc
      .array(fc.constantFrom(...INVISIBLE, ...VISIBLE), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(appTakes(sample)).toBe(schemaTakes(published.properties.title, sample));
      }),
      { numRuns: 500 },
    );
  });

  it('both refuse an array where the reference object belongs', () => {
    expect(system.properties.reference.type).toBe('object');
    const file = builtInAsFile() as { catalogue: { systems: Record<string, unknown>[] } };
    file.catalogue.systems[0]!.reference = [];
    const result = check(file);
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'mine.json',
        path: 'catalogue.systems[0].reference',
        message: 'expected Object but got Array',
      },
    ]);
  });

  it('both still take an empty reference object', () => {
    const file = builtInAsFile() as { catalogue: { systems: Record<string, unknown>[] } };
    file.catalogue.systems[0]!.reference = {};
    expect(check(file).ok).toBe(true);
  });
});
