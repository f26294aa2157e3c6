import { useMemo } from 'react';
import {
  comparisonModel,
  pickComparisonView,
  type ComparisonModel,
} from '../../domain/comparison/model';
import { systemIdOf } from '../../domain/comparison/items';
import { useViewSlice } from '../shared/store-context';
import { useRowsById } from '../shared/use-rows-by-id';

/**
 * The comparison the view asks for, recomputed only when its part of the view or its rows change;
 * its rows are fetched from the catalogue service.
 */
export function useComparisonModel(): ComparisonModel & { pending: boolean } {
  const view = useViewSlice(pickComparisonView);
  const ids = useMemo(() => [...new Set(view.comparison.map(systemIdOf))], [view.comparison]);
  const { rows, pending } = useRowsById(ids);
  return useMemo(() => ({ ...comparisonModel(view, rows), pending }), [view, rows, pending]);
}
