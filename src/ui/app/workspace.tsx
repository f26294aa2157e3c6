import { memo } from 'react';
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

// Every part is memoised: each re-renders for its own slice of the store or a new table model,
// never merely because the workspace did. A keystroke re-renders the search box at once and the
// rows when the deferred query has answered, not the whole page twice.
const Parts = {
  ComparisonView: memo(ComparisonView),
  ComparisonTray: memo(ComparisonTray),
  DetailDialog: memo(DetailDialog),
  GlossaryDialog: memo(GlossaryDialog),
  ViewPrintHeader: memo(ViewPrintHeader),
  ViewPrintNotes: memo(ViewPrintNotes),
  MentionedList: memo(MentionedList),
  SourcesPanel: memo(SourcesPanel),
  FactLegend: memo(FactLegend),
  FilterPanel: memo(FilterPanel),
  TableView: memo(TableView),
  FilterSheet: memo(FilterSheet),
  ViewSummary: memo(ViewSummary),
};

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
            <Parts.FilterPanel model={model} />
          </details>
        ) : (
          <Parts.FilterSheet model={model} />
        )}
      </aside>
      <div className="content">
        <Parts.ViewPrintHeader model={model} />
        <Parts.ViewSummary model={model} />
        {comparisonOpen ? <Parts.ComparisonView /> : <Parts.TableView model={model} />}
        {/* Fixed to the bottom of the window, but next in Tab order after the table's one stop,
            so ticking systems and opening their comparison is a few key presses. */}
        <Parts.ComparisonTray />
        <Parts.FactLegend />
        {showMentioned ? <Parts.MentionedList /> : null}
        <Parts.SourcesPanel />
        <Parts.ViewPrintNotes model={model} />
      </div>
      <Parts.DetailDialog />
      {/* After the detail, so a glossary opened from the detail is shown above it. */}
      <Parts.GlossaryDialog />
    </div>
  );
}
