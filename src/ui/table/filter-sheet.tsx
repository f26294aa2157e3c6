import { countText } from '../../domain/view/count-text';
import { useId, useRef } from 'react';
import { pickViewFilters, viewSlugs } from '../../domain/view/description';
import { useFacets } from '../shared/use-facets';
import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import { useApp } from '../shared/store-context';
import { FilterPanel } from './filter-panel';
import { focusView } from './focus-table';
import type { TableModel } from './use-table';

/**
 * The filters on a narrow screen: a button that opens them as a sheet from the bottom of the
 * window (a modal dialog, which Esc closes), with the table still in
 * sight above and a "Show N systems" button that counts as boxes are ticked and closes the sheet
 * onto the table.
 */
export function FilterSheet({ model }: { model: TableModel }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const shown = model.shown;
  // Each choice counts: two platform types ticked are two on, not one filter group.
  const facets = useFacets();
  const active = useApp((state) => viewSlugs(pickViewFilters(state.view), facets).length);
  const close = () => dialog.current?.close();
  const showTable = () => {
    close();
    const box = document.getElementById(SKIP_TARGET_IDS.table);
    if (box) focusView(box);
  };

  return (
    <>
      <button
        type="button"
        className="filters-open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Filters{active > 0 ? ` · ${active} on` : ''}
      </button>
      <dialog ref={dialog} className="filter-sheet" aria-labelledby={titleId}>
        <div className="filter-sheet-header">
          <h2 id={titleId}>Filters</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        <div className="filter-sheet-body">
          <FilterPanel model={model} />
        </div>
        <div className="filter-sheet-footer">
          <button type="button" className="primary" onClick={showTable}>
            Show {countText(shown)} {shown === 1 ? 'system' : 'systems'}
          </button>
        </div>
      </dialog>
    </>
  );
}
