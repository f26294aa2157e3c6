// What the page is told of a catalogue the service holds: made once, where the catalogue is, by
// the service for an opened file and by the store for the built-in catalogue it hands over.
import type { LoadedCatalogue } from '../../catalogue/loaded';
import { knownIdsOf } from '../../domain/link/known-ids';
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
    known: knownIdsOf(data.catalogue),
    present: { ...index.present },
    citations: citationCounts(data.catalogue),
  };
}
