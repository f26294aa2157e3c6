import { useMemo } from 'react';
import { compareModel, type CompareModel } from '../../domain/comparison/model';
import type { ComparisonRow } from '../../domain/table/rows';
import { useApp } from '../shared/store-context';

const EMPTY_ROWS: ComparisonRow[] = [];

/** The comparison the view asks for, recomputed only when the view or the catalogue changes. */
export function useCompareModel(): CompareModel {
  const rows = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.rows : EMPTY_ROWS,
  );
  const view = useApp((state) => state.view);
  return useMemo(() => compareModel(view, rows), [view, rows]);
}
