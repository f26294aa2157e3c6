import { CompareTray } from '../comparison/tray';
import { CompareView } from '../comparison/comparison';
import { FactLegend } from '../table/fact-legend';
import { FilterPanel } from '../table/filter-panel';
import { MentionedList } from '../sources/mentioned-list';
import { SourcesPanel } from '../sources/sources-panel';
import { SystemDetail } from '../detail/detail';
import { ComparisonTable } from '../table/table';
import { useApp } from '../shared/store-context';
import { useComparisonTable } from '../table/use-table';
import { ViewSummary } from '../table/view-summary';

// Filters start open beside the table on wide screens, folded above it on phones.
const WIDE_SCREEN =
  typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 56rem)').matches;

export function Workspace() {
  const table = useComparisonTable();
  const showMentioned = useApp((state) => state.view.showMentioned);
  const compareShown = useApp((state) => state.view.compareOpen && state.view.compare.length >= 2);
  return (
    <div className="workspace">
      <aside className="sidebar" aria-label="Filters">
        <details className="filters-disclosure" open={WIDE_SCREEN}>
          <summary>Filters</summary>
          <FilterPanel table={table} />
        </details>
      </aside>
      <div className="content">
        <ViewSummary table={table} />
        {compareShown ? <CompareView /> : <ComparisonTable table={table} />}
        <FactLegend />
        {showMentioned ? <MentionedList /> : null}
        <SourcesPanel />
      </div>
      <CompareTray />
      <SystemDetail />
    </div>
  );
}
