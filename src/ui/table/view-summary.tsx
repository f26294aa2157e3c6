import { compareTableText } from '../../domain/export/comparison-text';
import { comparisonTableText } from '../../domain/export/table-text';
import { describeView, viewSlugs } from '../../domain/view/description';
import { COLUMN_IDS, type ColumnId } from '../../domain/view/state';
import { ColumnMenu } from './column-menu';
import { CopyLinkButton } from '../link/copy-link-button';
import { ExportControls } from '../export/controls';
import { useActions, useApp } from '../shared/store-context';
import type { ComparisonTable } from './use-table';
import { useCompareModel } from '../comparison/use-model';

const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

export function ViewSummary({ table }: { table: ComparisonTable }) {
  const view = useApp((state) => state.view);
  const { clearFilters } = useActions();
  const shown = table.getRowModel().rows.length;
  const total = table.getCoreRowModel().rows.length;
  const narrowed = shown !== total || view.basis !== 'all';

  const compare = useCompareModel();
  const compareShown = view.compareOpen && compare.items.length >= 2;

  // Export takes whatever is on screen: the comparison when it is open, else the table.
  const buildCompare = ({ withSources }: { withSources: boolean }) =>
    compareTableText({
      ...compare,
      shown: compare.shown.filter((attribute) => withSources || attribute.group !== 'sources'),
    });
  const buildTable = ({ withSources }: { withSources: boolean }) =>
    comparisonTableText(
      table.getRowModel().rows.map((row) => row.original),
      table
        .getVisibleLeafColumns()
        .map((column) => column.id)
        .filter(isColumnId),
      { withSources },
    );

  return (
    <div className="view-summary">
      <p className="view-sentence" role="status" aria-live="polite">
        {describeView(view, shown, total)}
      </p>
      <div className="toolbar">
        {narrowed ? (
          <button type="button" onClick={clearFilters}>
            Clear all filters
          </button>
        ) : null}
        <CopyLinkButton />
        <ExportControls
          build={compareShown ? buildCompare : buildTable}
          slugs={
            compareShown ? ['compare', ...compare.items.map((item) => item.name)] : viewSlugs(view)
          }
          what={compareShown ? 'the comparison' : 'the table'}
        />
        <ColumnMenu />
      </div>
    </div>
  );
}
