import { CompareTray } from './compare-tray';
import { CompareView } from './compare-view';
import { FactLegend } from './fact-legend';
import { FilterPanel } from './filter-panel';
import { MentionedList } from './mentioned-list';
import { SourcesPanel } from './sources-panel';
import { SystemDetail } from './system-detail';
import { ComparisonTable } from './comparison-table';
import { useApp } from './store-context';
import { useComparisonTable } from './use-comparison-table';
import { ViewSummary } from './view-summary';

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
