// Catalogue files as an analyst would write them, for the browser tests that open one.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let folder: string | undefined;
/**
 * A file in this test process's own temporary folder, which goes when the process ends: the
 * catalogues reach 24 MB and must not pile up in the system's temp folder run after run.
 */
export async function writeTempFile(name: string, text: string): Promise<string> {
  if (!folder) {
    const made = mkdtempSync(join(tmpdir(), 'commonality-e2e-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

const readJson = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

type Json = Record<string, unknown>;

/** The built-in catalogue and register as a catalogue file, once `change` has edited them. */
async function catalogueFile(title: string, change: (catalogue: Json) => void): Promise<string> {
  const catalogue = await readJson('data/catalogue.json');
  const register = await readJson('seeds/sources.json');
  delete catalogue.$schema;
  delete register.$schema;
  change(catalogue);
  return JSON.stringify({
    kind: 'iraq-iran-commonality-catalogue',
    version: 1,
    title,
    catalogue,
    register,
  });
}

/** The built-in systems repeated under new ids, as a catalogue file of `count` systems. */
export async function writeCatalogue(count: number): Promise<string> {
  const text = await catalogueFile(`Drill catalogue of ${count}`, (catalogue) => {
    const six = catalogue.systems as Json[];
    catalogue.systems = Array.from({ length: count }, (_, i) => {
      const system = six[i % six.length]!;
      return { ...system, id: `${String(system.id)}-${i}`, name: `${String(system.name)} ${i}` };
    });
  });
  return writeTempFile(`drill-${count}.json`, text);
}

/** The built-in catalogue as a file named `name`, its first system (the T-72) edited by `change`. */
export async function writeEditedCatalogue(
  name: string,
  title: string,
  change: (system: Json) => void,
): Promise<string> {
  const text = await catalogueFile(title, (catalogue) => {
    const [first] = catalogue.systems as Json[];
    if (first) change(first);
  });
  return writeTempFile(name, text);
}
