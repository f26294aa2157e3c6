// Catalogue files as an analyst would write them, for the browser tests that open one.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const readJson = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

/** The built-in systems repeated under new ids, as a catalogue file of `count` systems. */
export async function writeCatalogue(count: number): Promise<string> {
  const catalogue = await readJson('data/catalogue.json');
  const register = await readJson('seeds/sources.json');
  delete catalogue.$schema;
  delete register.$schema;
  const six = catalogue.systems as Record<string, unknown>[];
  catalogue.systems = Array.from({ length: count }, (_, i) => {
    const system = six[i % six.length]!;
    return { ...system, id: `${String(system.id)}-${i}`, name: `${String(system.name)} ${i}` };
  });
  const file = {
    kind: 'iraq-iran-commonality-catalogue',
    version: 1,
    title: `Drill catalogue of ${count}`,
    catalogue,
    register,
  };
  const path = join(tmpdir(), `drill-${count}-${process.pid}.json`);
  await writeFile(path, JSON.stringify(file));
  return path;
}
