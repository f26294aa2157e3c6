import { facetsFor } from '../../../src/domain/table/facets';
import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
// The query engine answers every view exactly as TanStack table-core's row models did: the same
// rows in the same order, and the same facet counts, on random catalogues and random views.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation, System } from '../../../src/catalogue/schema';
import { COLUMN_IDS } from '../../../src/domain/table/columns';
import { FACET_FIELDS } from '../../../src/domain/table/facets';
const FACETS = facetsFor(BUILT_IN_VOCABULARY);
import { countsById, queryTable, type TableQuery } from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows } from '../../../src/domain/table/rows';
import { seededRandom } from '../../../scripts/seeded-random';
import { syntheticCatalogueFile } from '../../../scripts/synthetic-catalogue';
import { loadShippedCatalogue } from '../../support/render-with-store';
import { tableCoreAnswer } from '../../support/table-core-oracle';

const shipped = loadShippedCatalogue().catalogue;
const synthetic = syntheticCatalogueFile({ systems: 400, seed: 7 }).catalogue;

/**
 * A catalogue of shipped systems (under new ids, so equal texts tie in every sort) and synthetic
 * ones, in a random order; citations count or not at random, so some reports are set aside.
 */
const catalogueArbitrary = fc
  .record({
    picks: fc.array(fc.nat({ max: shipped.systems.length + synthetic.systems.length - 1 }), {
      maxLength: 120,
    }),
    seed: fc.integer(),
    countsShare: fc.constantFrom(0, 0.5, 1),
  })
  .map(({ picks, seed, countsShare }) => {
    const pool: System[] = [...shipped.systems, ...synthetic.systems];
    const systems = picks.map((pick, position) => {
      const system = pool[pick] as System;
      return { ...system, id: `${system.id}-${position}` };
    });
    const random = seededRandom(seed);
    const verdicts = new Map<Citation, boolean>();
    const counts = (cite: Citation) => {
      if (!verdicts.has(cite)) verdicts.set(cite, random() < countsShare);
      return verdicts.get(cite) ?? true;
    };
    return deriveRows({ ...shipped, systems }, counts);
  });

const word = fc.constantFrom(
  't',
  'army',
  'irgc',
  '72',
  'iran',
  'm',
  'rpg',
  'air',
  'block',
  'tank',
  '1',
  // A unit twice, a unit no row has, a letter alone and one outside ASCII.
  'ss',
  'qx',
  'b',
  'é',
);

const queryArbitrary: fc.Arbitrary<TableQuery> = fc.record({
  platformTypes: fc.subarray([...FACETS.platformTypes.ids]),
  operators: fc.subarray([...FACETS.operators.ids]),
  capabilities: fc.subarray([...FACETS.capabilities.ids], { maxLength: 2 }),
  search: fc.oneof(
    fc.constant(''),
    fc.array(word, { maxLength: 2 }).map((words) => words.join(' ')),
  ),
  sorting: fc
    .uniqueArray(fc.constantFrom(...COLUMN_IDS), { maxLength: 3 })
    .chain((columns) =>
      fc.tuple(...columns.map((column) => fc.boolean().map((desc) => ({ column, desc })))),
    ),
});

describe('queryTable against table-core', () => {
  it('gives the same rows, order and facet counts for any catalogue and view', () => {
    fc.assert(
      fc.property(catalogueArbitrary, queryArbitrary, (rows, query) => {
        const index = buildRowIndex(rows, BUILT_IN_VOCABULARY);
        const result = queryTable(index, query);
        const expected = tableCoreAnswer(rows, query);
        expect([...result.order].map((position) => rows[position]?.id)).toEqual(expected.ids);
        for (const field of FACET_FIELDS) {
          const counts = Object.fromEntries(
            [...countsById(facetsFor(BUILT_IN_VOCABULARY), result.counts, field)].filter(
              ([, count]) => count > 0,
            ),
          );
          expect(counts).toEqual(expected.counts[field]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a second query on the same index as a fresh index would', () => {
    fc.assert(
      fc.property(catalogueArbitrary, queryArbitrary, queryArbitrary, (rows, first, second) => {
        const index = buildRowIndex(rows, BUILT_IN_VOCABULARY);
        queryTable(index, first);
        expect([...queryTable(index, second).order]).toEqual([
          ...queryTable(buildRowIndex(rows, BUILT_IN_VOCABULARY), second).order,
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
