import { idsOf } from '../../../src/domain/link/known-ids';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
// The catalogue service holds the built-in catalogue and an opened file the same way: the same
// rows, in the same order, with the same counts, for the same searches.
import { describe, expect, it } from 'vitest';
import type { System } from '../../../src/catalogue/schema';
import { TRUST_ALL, trustTest } from '../../../src/domain/sources/trust';
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
  const answer = await client.query(query, TRUST_ALL, 2);
  if (!answer) throw new Error('no answer');
  const { rows } = await client.rows(TRUST_ALL, { positions: [...answer.order] });
  const systems: System[] = rows.map((row) => row.system);
  // The answer's own first rows are the first of the order.
  expect(answer.rows).toEqual(rows.slice(0, 2));
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
    expect(idsOf(read.summary.known.systems)).toEqual(
      shipped.catalogue.systems.map((system) => system.id),
    );
    expect(read.summary.known).toEqual(loaded.summary.known);
    expect(read.summary.citations).toEqual(loaded.summary.citations);
    expect(read.summary.systemCount).toBe(shipped.catalogue.systems.length);
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

  it('answers as the engine does over the rows of the trust each query gives', async () => {
    const { opened } = await held();
    const trust = { evidence: 'stated' as const, minGrade: 'B2' as const };
    const engine = (rows: ReturnType<typeof deriveRows>) =>
      queryTable(
        buildRowIndex(rows, BUILT_IN_VOCABULARY),
        queryFor('', { capabilities: ['ammunition'] }),
      );
    const strict = engine(deriveRows(shipped.catalogue, trustTest(trust, shipped.sources)));
    const all = engine(deriveRows(shipped.catalogue));
    expect(strict.counts).not.toEqual(all.counts);

    const query = queryFor('', { capabilities: ['ammunition'] });
    const answered = async (under: typeof trust | typeof TRUST_ALL) => {
      const { order, counts, total } = (await opened.query(query, under, 0)) ?? {};
      return { order, counts, total };
    };
    expect(await answered(trust)).toEqual(strict);
    expect(await answered(TRUST_ALL)).toEqual(all);
    // The rows themselves follow the trust they are asked under.
    const [position] = strict.order;
    const rowUnder = async (under: typeof trust | typeof TRUST_ALL) =>
      (await opened.rows(under, { positions: [position ?? 0] })).rows[0];
    expect((await rowUnder(trust))?.commonality).not.toEqual(
      (await rowUnder(TRUST_ALL))?.commonality,
    );
  });
});
