import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
// The service writes the view's file where the catalogue lives: the same bytes the page's own
// builder writes for the same view, in parts, with progress, and Cancel stops it.
import { describe, expect, it } from 'vitest';
import { TRUST_ALL, trustTest } from '../../../src/domain/sources/trust';
import { syntheticCatalogueFile } from '../../../scripts/synthetic-catalogue';
import { toCsv, toTsv } from '../../../src/domain/export/csv';
import { lazyTableText } from '../../../src/domain/export/table-text';
import type { ColumnId } from '../../../src/domain/table/columns';
import { NO_FACET_CHOICE } from '../../../src/domain/table/facets';
import { queryTable, type TableQuery } from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows, type TableRow } from '../../../src/domain/table/rows';
import { createCatalogueClient } from '../../../src/state/catalogue-service/client';
import { inPageTransport } from '../../../src/state/catalogue-service/transport';

const file = syntheticCatalogueFile({ systems: 4500, seed: 7 });
const data = { catalogue: file.catalogue, sources: file.register.sources };
const rows = deriveRows(data.catalogue, trustTest(TRUST_ALL, data.sources));
const index = buildRowIndex(rows, BUILT_IN_VOCABULARY);
const columns: ColumnId[] = ['system', 'platformType', 'commonality', 'iranianVariant', 'supply'];
const query: TableQuery = {
  ...NO_FACET_CHOICE,
  search: 'a',
  sorting: [{ column: 'system', desc: true }],
};

/** What the page's builder writes for the same view. */
function expected(format: 'csv' | 'tsv', withSources: boolean, bom: boolean) {
  const shown = Array.from(queryTable(index, query).order, (p) => rows[p] as TableRow);
  const register = new Map(data.sources.map((source) => [source.id, source]));
  const table = lazyTableText(shown, columns, { withSources, register });
  return { text: format === 'csv' ? toCsv(table, { bom }) : toTsv(table), rows: shown.length };
}

async function loaded() {
  const client = createCatalogueClient(inPageTransport());
  await client.load(data);
  return client;
}

describe('exporting from the catalogue service', () => {
  it.each([
    ['csv', true, true],
    ['csv', false, false],
    ['tsv', true, false],
  ] as const)(
    'writes the %s file the page would (sources %s, BOM %s)',
    async (format, withSources, bom) => {
      const client = await loaded();
      const progress: number[] = [];
      const result = await client.export(
        { query, trust: TRUST_ALL, columns, format, withSources, bom },
        (done, total) => progress.push(done / total),
      ).done;
      const want = expected(format, withSources, bom);
      expect(want.rows).toBeGreaterThan(2000);
      expect(result?.rowCount).toBe(want.rows);
      // Several parts, each a slice of the file: the first ones reach the page before the last.
      expect(result?.parts.length).toBeGreaterThan(2);
      // Bytes, not text: decoding would drop the BOM.
      const bytes = await new Blob(result?.parts ?? []).arrayBuffer();
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.length).toBe(want.text.length);
      expect(text === want.text).toBe(true);
      expect(progress.at(-1)).toBe(1);
      expect(progress.some((share) => share > 0 && share < 1)).toBe(true);
    },
  );

  it('stops when cancelled: no file, and no more parts', async () => {
    const client = await loaded();
    let parts = 0;
    const writing = client.export(
      { query, trust: TRUST_ALL, columns, format: 'csv', withSources: true, bom: true },
      () => {
        parts += 1;
        if (parts === 2) writing.cancel();
      },
    );
    await expect(writing.done).resolves.toBeNull();
    // The service answers other requests afterwards, and sent nothing more for the export.
    expect((await client.query(query, TRUST_ALL, 0))?.order).toEqual(
      queryTable(index, query).order,
    );
    expect(parts).toBe(2);
  });

  it('writes nothing before a catalogue is held', async () => {
    const client = createCatalogueClient(inPageTransport());
    const writing = client.export(
      { query, trust: TRUST_ALL, columns, format: 'csv', withSources: false, bom: false },
      () => undefined,
    );
    await expect(writing.done).resolves.toBeNull();
  });
});
