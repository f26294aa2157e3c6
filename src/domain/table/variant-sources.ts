// Where a row's variant columns get their sources: the citations of its Iraqi and Iranian
// variants, and of both for the columns that name the system.
import type { Country } from '../../catalogue/vocabulary';
import { sourced, type CellSource } from '../sources/cell-source';
import type { TableRow } from './rows';

type VariantSources = Readonly<Record<Country | 'both', CellSource>>;

const variantsSource = (variants: TableRow['system']['iraq']) =>
  sourced(variants.flatMap((variant) => variant.cites));

/**
 * What a row's variants cite, by country and together, for the row last asked about. A row's
 * columns ask in turn (its name, its type and each variant column), as a file is written or a row
 * drawn, so each row's citations are gathered and deduplicated once, not once per column; in a
 * profile of the 100,000-row export, gathering them per column was a few per cent of its time
 * (issue 19).
 */
export const variantSources = (() => {
  let last: TableRow | null = null;
  let sources: VariantSources | null = null;
  return (row: TableRow): VariantSources => {
    if (row !== last || !sources) {
      const { iraq, iran } = row.system;
      sources = {
        iraq: variantsSource(iraq),
        iran: variantsSource(iran),
        both: variantsSource([...iraq, ...iran]),
      };
      last = row;
    }
    return sources;
  };
})();
