import { BUILT_IN_PLATFORM_TYPE_IDS } from '../../src/catalogue/built-in-vocabulary';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/catalogue/parse-catalogue';
import { CatalogueFileSchema } from '../../src/catalogue/schema';
import { CAPABILITY_STATUS_IDS } from '../../src/catalogue/vocabulary';
import { deriveRows } from '../../src/domain/table/rows';
import { syntheticCatalogueFile, writeSyntheticCatalogue } from '../../scripts/synthetic-catalogue';

const SYSTEMS = 200;

describe('the synthetic catalogue', () => {
  const file = syntheticCatalogueFile({ systems: SYSTEMS, seed: 7 });

  it('is a catalogue file the app accepts: shape and integrity', () => {
    expect(v.safeParse(CatalogueFileSchema, file).issues).toBeUndefined();
    const result = parseCatalogue(file.catalogue, file.register);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has as many systems, with unique ids, as asked for, and the table has a row for each', () => {
    const ids = file.catalogue.systems.map((system) => system.id);
    expect(new Set(ids).size).toBe(SYSTEMS);
    expect(deriveRows(file.catalogue)).toHaveLength(SYSTEMS);
  });

  it('has realistic text and a spread of platform types and capability statuses', () => {
    const { systems } = file.catalogue;
    for (const system of systems) {
      expect(system.summary.length).toBeGreaterThanOrEqual(150);
      expect(system.summary.length).toBeLessThanOrEqual(300);
    }
    // The built-in catalogue's six types; the classes a SIPRI register adds are not drawn.
    expect(new Set(systems.map((system) => system.platformType))).toEqual(
      new Set(BUILT_IN_PLATFORM_TYPE_IDS.slice(0, 6)),
    );
    const statuses = new Set(systems.flatMap((s) => s.capabilities.map((c) => c.status)));
    expect(statuses).toEqual(new Set(CAPABILITY_STATUS_IDS));
    expect(file.register.sources.length).toBeGreaterThanOrEqual(24);
  });

  it('is the same for the same seed and different for another', () => {
    expect(syntheticCatalogueFile({ systems: SYSTEMS, seed: 7 })).toEqual(file);
    expect(syntheticCatalogueFile({ systems: SYSTEMS, seed: 8 })).not.toEqual(file);
  });

  it('writes, streaming, the very file it builds in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      const path = join(dir, 'catalogue.json');
      const { bytes } = await writeSyntheticCatalogue(path, { systems: SYSTEMS, seed: 7 });
      const text = readFileSync(path, 'utf8');
      expect(Buffer.byteLength(text)).toBe(bytes);
      expect(JSON.parse(text)).toEqual(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
