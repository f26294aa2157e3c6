import { useMemo } from 'react';
import {
  comparisonModel,
  pickComparisonView,
  type ComparisonModel,
} from '../../domain/comparison/model';
import { systemIdOf } from '../../domain/comparison/items';
import { gradingOf } from '../../domain/sources/trust';
import { useViewSlice } from '../shared/store-context';
import { useRowsById } from '../shared/use-rows-by-id';
import { useSourceIndex } from '../shared/use-source-index';

/**
 * The comparison the view asks for, recomputed only when its part of the view, its rows or the
 * source register change; its rows are fetched from the catalogue service.
 */
export function useComparisonModel(): ComparisonModel & { pending: boolean } {
  const view = useViewSlice(pickComparisonView);
  const ids = useMemo(() => [...new Set(view.comparison.map(systemIdOf))], [view.comparison]);
  const { rows, pending } = useRowsById(ids);
  const register = useSourceIndex();
  const grades = useMemo(
    () => new Map([...register].map(([id, source]) => [id, gradingOf(source)])),
    [register],
  );
  return useMemo(
    () => ({ ...comparisonModel(view, rows, grades), pending }),
    [view, rows, grades, pending],
  );
}
