// Writes the JSON Schemas for data/ and seeds/ from the valibot schemas, so editors can check the
// data files as they are typed. `--check` fails if the files on disk are stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogueFileSchema, CatalogueSchema } from '../src/catalogue/schema';
import { SourceRegisterSchema } from '../src/catalogue/register-schema';

type SchemaFile = { path: string; text: string };

const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

const render = (title: string, description: string, schema: Parameters<typeof toJsonSchema>[0]) =>
  `${JSON.stringify(
    {
      $schema: JSON_SCHEMA_DRAFT,
      title,
      description,
      // Checks JSON Schema cannot say (trimming, cross-file links) are left to the app's loader.
      ...toJsonSchema(schema, { errorMode: 'ignore' }),
    },
    null,
    2,
  )}\n`;

/**
 * The published schema of one system, compiled by ajv into plain code (no eval, so it runs under
 * the app's Content-Security-Policy). The opener runs it first on each system of a file and asks
 * valibot only about the ones it refuses: valibot builds a checked copy of every object, which at
 * 100,000 systems costs seconds and doubles what the worker holds while it checks (README,
 * "Opening a file"). tests/catalogue/schema-mutations.test.ts keeps the two in agreement.
 */
function systemShapeCode(catalogueFileSchema: string): string {
  const published = JSON.parse(catalogueFileSchema) as {
    properties: { catalogue: { properties: { systems: { items: object } } } };
  };
  const ajv = new Ajv({ strict: false, code: { source: true, esm: true, optimize: true } });
  const code = standaloneCode(
    ajv,
    ajv.compile(published.properties.catalogue.properties.systems.items),
  );
  return [
    '/* eslint-disable */',
    '// Generated from data/catalogue-file.schema.json by scripts/write-json-schema.ts; do not edit.',
    '// @ts-nocheck -- ajv writes plain JavaScript; src/catalogue/system-shape.ts gives it its type.',
    code,
    '',
  ].join('\n');
}

/** The schema files, as paths relative to the project root and their exact text. */
export function jsonSchemaFiles(): SchemaFile[] {
  const catalogueFile = render(
    'Iraq–Iran catalogue file (catalogue and source register in one file, for Open catalogue…)',
    'Generated from src/catalogue/schema.ts and register-schema.ts by scripts/write-json-schema.ts; do not edit.',
    CatalogueFileSchema,
  );
  return [
    {
      path: 'data/catalogue.schema.json',
      text: render(
        'Iraq–Iran equipment catalogue',
        'Generated from src/catalogue/schema.ts by scripts/write-json-schema.ts; do not edit.',
        CatalogueSchema,
      ),
    },
    {
      path: 'seeds/sources.schema.json',
      text: render(
        'Source register',
        'Generated from src/catalogue/register-schema.ts by scripts/write-json-schema.ts; do not edit.',
        SourceRegisterSchema,
      ),
    },
    { path: 'data/catalogue-file.schema.json', text: catalogueFile },
    { path: 'src/catalogue/system-shape.generated.ts', text: systemShapeCode(catalogueFile) },
  ];
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function main(argv: readonly string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const check = argv.includes('--check');
  const stale: string[] = [];
  for (const file of jsonSchemaFiles()) {
    const absolute = resolve(root, file.path);
    if (readOrNull(absolute) === file.text) continue;
    if (check) stale.push(file.path);
    else {
      writeFileSync(absolute, file.text);
      console.log(`wrote ${file.path}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `${stale.join(' and ')} ${stale.length === 1 ? 'is' : 'are'} out of date with src/catalogue/schema.ts or register-schema.ts; run npm run schema:write`,
    );
    return 1;
  }
  if (check) console.log('JSON Schemas are up to date');
  return 0;
}

// Importing the module (as the tests do) must not write files.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
