import { useRef, useState } from 'react';
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
import { focusView } from '../table/focus-table';
import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import { useTableModel } from '../table/use-table';
import { ViewSummary } from '../table/view-summary';

// Filters start open beside the table on wide screens, folded above it on phones.
const isWideScreen = () =>
  typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 56rem)').matches;

export function Workspace() {
  const table = useTableModel();
  const [filtersOpen] = useState(isWideScreen);
  const filters = useRef<HTMLDetailsElement>(null);
  const shown = table.getRowModel().rows.length;
  const showMentioned = useApp((state) => state.view.showMentioned);
  // The store never leaves the comparison open with fewer than two items (normaliseView).
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  return (
    <div className="workspace">
      <aside className="sidebar" aria-label="Filters">
        <details className="filters-disclosure" open={filtersOpen} ref={filters}>
          <summary>Filters</summary>
          <FilterPanel table={table} />
          {/* Where the filters sit above the table (narrow screens), close them and show it. */}
          <button
            type="button"
            className="primary show-results"
            onClick={() => {
              if (filters.current) filters.current.open = false;
              const box = document.getElementById(SKIP_TARGET_IDS.table);
              if (box) focusView(box);
            }}
          >
            Show {shown.toLocaleString('en')} {shown === 1 ? 'system' : 'systems'}
          </button>
        </details>
      </aside>
      <div className="content">
        <ViewPrintHeader table={table} />
        <ViewSummary table={table} />
        {comparisonOpen ? <ComparisonView /> : <TableView table={table} />}
        {/* Fixed to the bottom of the window, but next in Tab order after the table's one stop,
            so ticking systems and opening their comparison is a few key presses. */}
        <ComparisonTray />
        <FactLegend />
        {showMentioned ? <MentionedList /> : null}
        <SourcesPanel />
        <ViewPrintNotes table={table} />
      </div>
      <DetailDialog />
      {/* After the detail, so a glossary opened from the detail is shown above it. */}
      <GlossaryDialog />
    </div>
  );
}
