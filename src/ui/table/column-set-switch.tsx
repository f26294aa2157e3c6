import { useId } from 'react';
import { columnSetIds } from '../../domain/table/model';
import { COLUMN_SETS, type ColumnSet } from '../../domain/view/state';
import { useActions, useApp } from '../shared/store-context';

const SET_IDS = Object.keys(COLUMN_SETS) as ColumnSet[];

/** At a glance or every column: one choice, and the link remembers it. */
export function ColumnSetSwitch() {
  const columnSet = useApp((state) => state.view.columnSet);
  const { setColumnSet } = useActions();
  const name = useId();
  return (
    <fieldset className="column-sets">
      <legend className="visually-hidden">Columns to show</legend>
      {SET_IDS.map((id) => (
        <label key={id}>
          <input
            type="radio"
            name={name}
            value={id}
            checked={columnSet === id}
            onChange={() => setColumnSet(id)}
          />
          {COLUMN_SETS[id].label} ({columnSetIds(id).length})
        </label>
      ))}
    </fieldset>
  );
}
