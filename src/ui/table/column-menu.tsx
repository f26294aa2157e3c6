import { COLUMN_SPECS, isReferenceColumn } from '../../domain/table/columns';
import { columnSetIds, tableColumnIds } from '../../domain/table/model';
import { Disclosure } from '../shared/disclosure';
import { useActions, useApp } from '../shared/store-context';

/** Which columns of the set on screen (at a glance, or all; the comparison's: all) are hidden. */
export function ColumnMenu() {
  const hiddenColumns = useApp((state) => state.view.hiddenColumns);
  const basis = useApp((state) => state.view.basis);
  // The comparison reads every column whichever set the table shows (visibleColumnIds).
  const columnSet = useApp((state) => (state.view.comparisonOpen ? 'full' : state.view.columnSet));
  const { toggleColumn, showAllColumns } = useActions();
  const set = columnSetIds(columnSet);
  const shown = tableColumnIds({ hiddenColumns, basis, columnSet }).length;
  const hideable = set.filter((id) => COLUMN_SPECS[id].hideable);
  return (
    <Disclosure label={`Columns (${shown}/${set.length})`} className="column-menu">
      <fieldset>
        <legend>Show columns</legend>
        {hideable.map((id) => (
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
        Show hidden columns
      </button>
    </Disclosure>
  );
}
