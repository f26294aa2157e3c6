import { COLUMN_SPECS } from '../../domain/table/columns';
import { visibleColumnIds } from '../../domain/table/model';
import { COLUMN_IDS, REFERENCE_COLUMN_IDS, type ColumnId } from '../../domain/view/state';
import { Disclosure } from '../shared/disclosure';
import { useActions, useApp } from '../shared/store-context';

const HIDEABLE = COLUMN_IDS.filter((id) => id !== 'system');

export function ColumnMenu() {
  const hidden = useApp((state) => state.view.hiddenColumns);
  const basis = useApp((state) => state.view.basis);
  const { toggleColumn, showAllColumns } = useActions();
  const view = useApp((state) => state.view);
  const shown = visibleColumnIds(view).length;
  return (
    <Disclosure label={`Columns (${shown}/${COLUMN_IDS.length})`} className="column-menu">
      <fieldset>
        <legend>Show columns</legend>
        {HIDEABLE.map((id) => {
          const byBasis =
            basis === 'sourced' && (REFERENCE_COLUMN_IDS as readonly ColumnId[]).includes(id);
          return (
            <label key={id}>
              <input
                type="checkbox"
                checked={!hidden.includes(id)}
                onChange={() => toggleColumn(id)}
              />
              {COLUMN_SPECS[id].header}
              {byBasis ? <span className="hint"> (hidden: sourced facts only)</span> : null}
            </label>
          );
        })}
      </fieldset>
      <button type="button" onClick={showAllColumns} disabled={hidden.length === 0}>
        Show all columns
      </button>
    </Disclosure>
  );
}
