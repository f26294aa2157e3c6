import {
  COLUMN_IDS,
  COLUMN_SPECS,
  HIDEABLE_COLUMN_IDS,
  isReferenceColumn,
} from '../../domain/table/columns';
import { visibleColumnIds } from '../../domain/table/model';
import { Disclosure } from '../shared/disclosure';
import { useActions, useApp } from '../shared/store-context';

export function ColumnMenu() {
  const hiddenColumns = useApp((state) => state.view.hiddenColumns);
  const basis = useApp((state) => state.view.basis);
  const { toggleColumn, showAllColumns } = useActions();
  const shown = visibleColumnIds({ hiddenColumns, basis }).length;
  return (
    <Disclosure label={`Columns (${shown}/${COLUMN_IDS.length})`} className="column-menu">
      <fieldset>
        <legend>Show columns</legend>
        {HIDEABLE_COLUMN_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={!hiddenColumns.includes(id)}
              onChange={() => toggleColumn(id)}
            />
            {COLUMN_SPECS[id].header}
            {basis === 'sourced' && isReferenceColumn(id) ? (
              <span className="hint"> (hidden: sourced facts only)</span>
            ) : null}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={showAllColumns} disabled={hiddenColumns.length === 0}>
        Show all columns
      </button>
    </Disclosure>
  );
}
