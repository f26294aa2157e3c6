import { columnSetIds } from '../../domain/table/model';
import { COLUMN_SETS, type ColumnSet } from '../../domain/view/state';
import { SegmentedSwitch } from '../shared/segmented-switch';
import { useActions, useApp } from '../shared/store-context';

const SETS = (Object.keys(COLUMN_SETS) as ColumnSet[]).map((id) => ({
  id,
  label: `${COLUMN_SETS[id].label} (${columnSetIds(id).length})`,
}));

/** At a glance or every column: one choice, and the link remembers it. */
export function ColumnSetSwitch() {
  const columnSet = useApp((state) => state.view.columnSet);
  const { setColumnSet } = useActions();
  return (
    <SegmentedSwitch
      legend="Columns to show"
      className="column-sets"
      legendClassName="visually-hidden"
      options={SETS}
      chosen={columnSet}
      choose={setColumnSet}
    />
  );
}
