import { comparisonTableText } from '../domain/table-export';
import { describeView, viewSlugs } from '../domain/view-description';
import { COLUMN_IDS, type ColumnId } from '../domain/view-state';
import { ColumnMenu } from './column-menu';
import { CopyLinkButton } from './copy-link-button';
import { ExportControls } from './export-controls';
import { useActions, useApp } from './store-context';
import type { ComparisonTable } from './use-comparison-table';

const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

export function ViewSummary({ table }: { table: ComparisonTable }) {
  const view = useApp((state) => state.view);
  const { clearFilters } = useActions();
  const shown = table.getRowModel().rows.length;
  const total = table.getCoreRowModel().rows.length;
  const narrowed = shown !== total || view.basis !== 'all';

  const build = ({ withSources }: { withSources: boolean }) =>
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
        <ExportControls build={build} slugs={viewSlugs(view)} what="the table" />
        <ColumnMenu />
      </div>
    </div>
  );
}
