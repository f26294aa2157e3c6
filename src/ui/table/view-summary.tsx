import { comparisonText } from '../../domain/export/comparison-text';
import { lazyTableText } from '../../domain/export/table-text';
import { isColumnId } from '../../domain/table/columns';
import { describeView, pickViewFilters, viewSlugs } from '../../domain/view/description';
import { useComparisonModel } from '../comparison/use-model';
import { ExportControls } from '../export/controls';
import { CopyLinkButton } from '../link/copy-link-button';
import { PrintButton } from '../print/print-button';
import { useActions, useApp, useViewSlice } from '../shared/store-context';
import { Disclosure } from '../shared/disclosure';
import { PHONE_SCREEN, useMediaQuery } from '../shared/use-media-query';
import { useSourceIndex } from '../shared/use-source-index';
import { ColumnMenu } from './column-menu';
import { ColumnSetSwitch } from './column-set-switch';
import type { TableModel } from './use-table';

/** Where the toolbar folds into one menu (the table's cards start here too, table.css). */

/** The view in one sentence, and what can be done with it: clear, copy a link, export, columns. */
export function ViewSummary({ model }: { model: TableModel }) {
  const filters = useViewSlice(pickViewFilters);
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const { clearFilters } = useActions();
  const shown = model.rows.length;
  const total = model.total;
  const narrowed = shown !== total || filters.basis !== 'all';

  const narrow = useMediaQuery(PHONE_SCREEN, false);
  const comparison = useComparisonModel();
  const register = useSourceIndex();

  // Export takes whatever is on screen: the comparison when it is open, else the table.
  const buildComparison = ({ withSources }: { withSources: boolean }) =>
    comparisonText(
      {
        ...comparison,
        shown: comparison.shown.filter((attribute) => withSources || attribute.group !== 'sources'),
      },
      register,
    );
  const buildTable = ({ withSources }: { withSources: boolean }) =>
    lazyTableText(
      model.rows,
      model.table
        .getVisibleLeafColumns()
        .map((column) => column.id)
        .filter(isColumnId),
      { withSources, register },
    );

  const tools = (
    <>
      {comparisonOpen ? null : <ColumnSetSwitch />}
      <CopyLinkButton />
      <ExportControls
        build={comparisonOpen ? buildComparison : buildTable}
        slugs={
          comparisonOpen
            ? ['compare', ...comparison.items.map((item) => item.name)]
            : viewSlugs(filters)
        }
        what={comparisonOpen ? 'the comparison' : 'the table'}
      />
      <ColumnMenu />
      <PrintButton />
    </>
  );

  return (
    <div className="view-summary">
      <p className="view-sentence" role="status" aria-live="polite">
        {model.answered ? describeView(filters, shown, total) : 'Finding the systems that match…'}
      </p>
      <div className="toolbar">
        {narrowed ? (
          <button type="button" onClick={clearFilters}>
            Clear all filters
          </button>
        ) : null}
        {/* On a phone the tools fold into one menu, so the first system shows on the first screen. */}
        {narrow ? (
          <Disclosure label="Share, export, columns" className="toolbar-menu">
            <div className="toolbar toolbar-folded">{tools}</div>
          </Disclosure>
        ) : (
          tools
        )}
      </div>
    </div>
  );
}
