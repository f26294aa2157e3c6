import { useMemo } from 'react';
import { compareModel, type CompareModel } from '../domain/compare-model';
import type { ComparisonRow } from '../domain/comparison-rows';
import { useApp } from './store-context';

const EMPTY_ROWS: ComparisonRow[] = [];

/** The comparison the view asks for, recomputed only when the view or the catalogue changes. */
export function useCompareModel(): CompareModel {
  const rows = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS,
  );
  const view = useApp((state) => state.view);
  return useMemo(() => compareModel(view, rows), [view, rows]);
}
