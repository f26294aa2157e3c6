import { ComparisonView } from '../comparison/comparison';
import { ComparisonTray } from '../comparison/tray';
import { DetailDialog } from '../detail/detail';
import { GlossaryDialog } from '../glossary/glossary-dialog';
import { useApp } from '../shared/store-context';
import { ViewPrintHeader, ViewPrintNotes } from '../print/view-print';
import { MentionedList } from '../sources/mentioned-list';
import { SourcesPanel } from '../sources/sources-panel';
import { FactLegend } from '../table/fact-legend';
import { FilterPanel } from '../table/filter-panel';
import { TableView } from '../table/table';
import { FilterSheet } from '../table/filter-sheet';
import { useMediaQuery } from '../shared/use-media-query';
import { useTableModel } from '../table/use-table';
import { ViewSummary } from '../table/view-summary';

/** Where the filters sit beside the table; below it they open as a sheet. */
const WIDE_SCREEN = '(min-width: 56rem)';

export function Workspace() {
  const model = useTableModel();
  const wide = useMediaQuery(WIDE_SCREEN, true);
  const showMentioned = useApp((state) => state.view.showMentioned);
  // The store never leaves the comparison open with fewer than two items (normaliseView).
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  return (
    <div className="workspace">
      <aside className="sidebar" aria-label="Filters">
        {wide ? (
          <details className="filters-disclosure" open>
            <summary>Filters</summary>
            <FilterPanel model={model} />
          </details>
        ) : (
          <FilterSheet model={model} />
        )}
      </aside>
      <div className="content">
        <ViewPrintHeader model={model} />
        <ViewSummary model={model} />
        {comparisonOpen ? <ComparisonView /> : <TableView model={model} />}
        {/* Fixed to the bottom of the window, but next in Tab order after the table's one stop,
            so ticking systems and opening their comparison is a few key presses. */}
        <ComparisonTray />
        <FactLegend />
        {showMentioned ? <MentionedList /> : null}
        <SourcesPanel />
        <ViewPrintNotes model={model} />
      </div>
      <DetailDialog />
      {/* After the detail, so a glossary opened from the detail is shown above it. */}
      <GlossaryDialog />
    </div>
  );
}
