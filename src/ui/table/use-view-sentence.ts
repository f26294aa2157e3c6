// The table's view in one sentence, as the toolbar says it and the printed page heads with it.
import { useMemo } from 'react';
import { describeView, pickViewFilters } from '../../domain/view/description';
import { useFacets } from '../shared/use-facets';
import { useViewSlice } from '../shared/store-context';
import type { TableModel } from './use-table';

/** "6 of 6 systems…", worked out once per change of the filters, the facets or the counts. */
export function useViewSentence(model: Pick<TableModel, 'shown' | 'total'>): string {
  const filters = useViewSlice(pickViewFilters);
  const facets = useFacets();
  const { shown, total } = model;
  return useMemo(
    () => describeView(filters, facets, shown, total),
    [filters, facets, shown, total],
  );
}
