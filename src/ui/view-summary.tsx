import { describeView } from '../domain/view-description';
import { ColumnMenu } from './column-menu';
import { useActions, useApp } from './store-context';
import type { ComparisonTable } from './use-comparison-table';

export function ViewSummary({ table }: { table: ComparisonTable }) {
  const view = useApp((state) => state.view);
  const { clearFilters } = useActions();
  const shown = table.getRowModel().rows.length;
  const total = table.getCoreRowModel().rows.length;
  const narrowed = shown !== total || view.basis !== 'all';
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
        <ColumnMenu />
      </div>
    </div>
  );
}
