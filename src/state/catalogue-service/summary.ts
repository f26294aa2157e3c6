// What the page is told of a catalogue the service holds: made once, where the catalogue is, by
// the service for an opened file and by the store for the built-in catalogue it hands over.
import { vocabularyOf } from '../../catalogue/built-in-vocabulary';
import type { LoadedCatalogue } from '../../catalogue/loaded';
import { declaredIds } from '../../domain/link/known-ids';
import { knownComparisonItems } from '../../domain/comparison/items';
import { citationCounts } from '../../domain/sources/citation-index';
import type { RowIndex } from '../../domain/table/row-index';
import type { CatalogueSummary } from './protocol';

export function catalogueSummary(
  data: LoadedCatalogue,
  index: Pick<RowIndex, 'present'>,
  extra: Pick<CatalogueSummary, 'identity' | 'report'>,
): CatalogueSummary {
  const { systems, ...catalogue } = data.catalogue;
  return {
    ...extra,
    catalogue,
    sources: data.sources,
    systemCount: systems.length,
    known: {
      systems: systems.map((system) => system.id),
      comparisonItems: knownComparisonItems(data.catalogue),
      glossaryTerms: data.catalogue.glossary.map((entry) => entry.id),
      ...declaredIds(vocabularyOf(data.catalogue)),
    },
    present: { ...index.present },
    citations: citationCounts(data.catalogue),
  };
}
