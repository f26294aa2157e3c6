import { useMemo } from 'react';
import {
  comparisonModel,
  pickComparisonView,
  type ComparisonModel,
} from '../../domain/comparison/model';
import { useViewSlice } from '../shared/store-context';
import { useRows } from '../table/use-table';

/** The comparison the view asks for, recomputed only when its part of the view or the rows change. */
export function useComparisonModel(): ComparisonModel {
  const rows = useRows();
  const view = useViewSlice(pickComparisonView);
  return useMemo(() => comparisonModel(view, rows), [view, rows]);
}
