import { describe, expect, it } from 'vitest';
import { uniqueCitations } from '../../../src/domain/sources/unique-citations';
import { deriveRows } from '../../../src/domain/table/rows';
import { variantSources } from '../../../src/domain/table/variant-sources';
import { loadShippedCatalogue } from '../../support/render-with-store';

const rows = deriveRows(loadShippedCatalogue().catalogue);
const citesOf = (row: (typeof rows)[number], country: 'iraq' | 'iran') =>
  row.system[country].flatMap((variant) => variant.cites);

describe('variantSources', () => {
  it("gives each row its own variants' citations, deduplicated, by country and together", () => {
    // Alternating rows: the memo must never hand one row's sources to another.
    for (const row of [...rows, ...[...rows].reverse()]) {
      const sources = variantSources(row);
      for (const country of ['iraq', 'iran'] as const) {
        const source = sources[country];
        expect(source.basis === 'sourced' ? source.cites : []).toEqual(
          uniqueCitations(citesOf(row, country)),
        );
      }
      const both = sources.both;
      expect(both.basis === 'sourced' ? both.cites : []).toEqual(
        uniqueCitations([...citesOf(row, 'iraq'), ...citesOf(row, 'iran')]),
      );
    }
  });

  it('works a row out once however many of its columns ask', () => {
    const [row] = rows;
    if (!row) throw new Error('the shipped catalogue has rows');
    expect(variantSources(row)).toBe(variantSources(row));
  });
});
