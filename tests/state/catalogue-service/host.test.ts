// The catalogue service holds the built-in catalogue and an opened file the same way: the same
// rows, in the same order, with the same counts, for the same searches.
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { trustTest } from '../../../src/domain/sources/trust';
import { NO_FACET_CHOICE } from '../../../src/domain/table/facets';
import { queryTable, type TableQuery } from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows } from '../../../src/domain/table/rows';
import { createCatalogueClient } from '../../../src/state/catalogue-service/client';
import { inPageTransport } from '../../../src/state/catalogue-service/transport';
import { builtInAsFile } from '../../support/catalogue-file';
import { loadShippedCatalogue } from '../../support/render-with-store';

const shipped = loadShippedCatalogue();
const queryFor = (search: string, changes: Partial<TableQuery> = {}): TableQuery => ({
  ...NO_FACET_CHOICE,
  search,
  sorting: [],
  ...changes,
});
const abbreviations = shipped.catalogue.glossary.flatMap(
  (entry) => /\(([A-Z][A-Za-z-]+)\)/u.exec(entry.term)?.slice(1) ?? [],
);

async function held() {
  const builtIn = createCatalogueClient(inPageTransport());
  const opened = createCatalogueClient(inPageTransport());
  const file = Object.assign(new Blob([JSON.stringify(builtInAsFile())]), { name: 'copy.json' });
  const [loaded, read] = await Promise.all([
    builtIn.load(shipped),
    opened.open(file, 'copy.json', () => undefined).done,
  ]);
  return { builtIn, opened, loaded, read };
}

/** The systems a query shows, in order, and its counts. */
async function shown(client: ReturnType<typeof createCatalogueClient>, query: TableQuery) {
  const answer = await client.query(query);
  if (!answer) throw new Error('no answer');
  const systems: System[] = await client.systems([...answer.order]);
  return { ids: systems.map((system) => system.id), counts: answer.counts, systems };
}

describe('the catalogue service', () => {
  it('reads the glossary abbreviations it searches by', () => {
    expect(abbreviations).toEqual(expect.arrayContaining(['APC', 'MBT', 'PMU']));
  });

  it('gives the built-in catalogue and an opened copy of it the same summary', async () => {
    const { loaded, read } = await held();
    if (loaded.outcome !== 'ready' || read.outcome !== 'ready') throw new Error('not ready');
    expect(read.summary.identity?.fileName).toBe('copy.json');
    expect(loaded.summary.identity).toBeNull();
    expect(read.summary.systemIds).toEqual(shipped.catalogue.systems.map((system) => system.id));
    expect(read.summary.systemIds).toEqual(loaded.summary.systemIds);
    expect(read.summary.present).toEqual(loaded.summary.present);
    expect(read.summary.catalogue.glossary).toEqual(loaded.summary.catalogue.glossary);
  });

  it('gives both the same rows, order and counts for the same searches', async () => {
    const { builtIn, opened } = await held();
    const searches = ['', 'T-72', 'iran', 'mi 17', 'nothing of the sort', ...abbreviations];
    for (const search of searches) {
      for (const sorting of [[], [{ column: 'iraqiVariant' as const, desc: true }]]) {
        const query = queryFor(search, { sorting });
        const [fromBuiltIn, fromFile] = [await shown(builtIn, query), await shown(opened, query)];
        expect(fromFile.ids, search).toEqual(fromBuiltIn.ids);
        expect(fromFile.counts, search).toEqual(fromBuiltIn.counts);
        expect(fromFile.systems).toEqual(fromBuiltIn.systems);
      }
    }
    expect((await shown(opened, queryFor('APC'))).ids).toEqual(['m113']);
  });

  it('answers as the engine does over the rows of the trust it was last given', async () => {
    const { opened } = await held();
    const trust = { evidence: 'stated' as const, minGrade: 'B2' as const };
    const engine = (rows: ReturnType<typeof deriveRows>) =>
      queryTable(buildRowIndex(rows), queryFor('', { capabilities: ['ammunition'] }));
    const strict = engine(deriveRows(shipped.catalogue, trustTest(trust, shipped.sources)));
    const all = engine(deriveRows(shipped.catalogue));
    expect(strict.counts).not.toEqual(all.counts);

    opened.setTrust(trust);
    expect(await opened.query(queryFor('', { capabilities: ['ammunition'] }))).toEqual(strict);
    opened.setTrust({ evidence: 'all', minGrade: null });
    expect(await opened.query(queryFor('', { capabilities: ['ammunition'] }))).toEqual(all);
  });
});
