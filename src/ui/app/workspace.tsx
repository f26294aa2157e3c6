import { memo, useEffect } from 'react';
import { ComparisonTray } from '../comparison/tray';
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
import { LaterComparison, LaterDetail, LaterGlossary, preloadLaterParts } from './later-parts';
import { whenIdle } from './later';

// Every part is memoised: each re-renders for its own slice of the store or a new table model,
// never merely because the workspace did. A keystroke re-renders the search box at once and the
// rows when the deferred query has answered, not the whole page twice.
const Parts = {
  // Printing can start before the page is idle (Ctrl+P, a PDF made at once): print is never later.
  ViewPrintHeader: memo(ViewPrintHeader),
  ViewPrintNotes: memo(ViewPrintNotes),
  ComparisonTray: memo(ComparisonTray),
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
  const detailOpen = useApp((state) => state.view.detail !== null);
  const glossaryOpen = useApp((state) => state.view.glossaryOpen);
  const Detail = LaterDetail.useLoaded();
  const Glossary = LaterGlossary.useLoaded();
  useEffect(() => whenIdle(() => void preloadLaterParts()), []);
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
        {comparisonOpen ? (
          <LaterComparison.Part
            fallback={
              <p className="later-loading" role="status">
                Opening the comparison…
              </p>
            }
          />
        ) : (
          <Parts.TableView model={model} />
        )}
        {/* Fixed to the bottom of the window, but next in Tab order after the table's one stop,
            so ticking systems and opening their comparison is a few key presses. */}
        <Parts.ComparisonTray />
        <Parts.FactLegend />
        {showMentioned ? <Parts.MentionedList /> : null}
        <Parts.SourcesPanel />
        <Parts.ViewPrintNotes model={model} />
      </div>
      {/* Mounted once loaded, as before; until then only when asked for (a link, a press). */}
      {Detail || detailOpen ? <LaterDetail.Part /> : null}
      {/* After the detail, so a glossary opened from the detail is shown above it. */}
      {Glossary || glossaryOpen ? <LaterGlossary.Part /> : null}
    </div>
  );
}
