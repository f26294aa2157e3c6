import { isColumnId } from '../../domain/table/columns';
import { filterClauses, pickViewFilters, viewSlugs } from '../../domain/view/description';
import { useFacets } from '../shared/use-facets';
import { useComparisonModel } from '../comparison/use-model';
import { ExportControls, type FileWriter } from '../export/controls';
import { CopyLinkButton } from '../link/copy-link-button';
import { PRINTED_ROWS_MAX } from '../../domain/print/printed-rows';
import { PrintButton } from '../print/print-button';
import { useActions, useApp, useViewSlice } from '../shared/store-context';
import { Disclosure } from '../shared/disclosure';
import { PHONE_SCREEN, useMediaQuery } from '../shared/use-media-query';
import { useSourceIndex } from '../shared/use-source-index';
import { ColumnMenu } from './column-menu';
import { ColumnSetSwitch } from './column-set-switch';
import type { TableModel } from './use-table';
import { useViewSentence } from './use-view-sentence';

/** The view in one sentence, and what can be done with it: clear, copy a link, export, columns. */
export function ViewSummary({ model }: { model: TableModel }) {
  const filters = useViewSlice(pickViewFilters);
  const facets = useFacets();
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const { clearFilters } = useActions();
  const sentence = useViewSentence(model);
  const shown = model.shown;
  const total = model.total;
  // Until the answer comes the counts say nothing: the view is narrowed if it names a filter.
  const narrowed = model.answered
    ? shown !== total || filters.basis !== 'all'
    : filterClauses(filters, facets).length > 0;

  const narrow = useMediaQuery(PHONE_SCREEN, false);
  const comparison = useComparisonModel();
  const register = useSourceIndex();

  // Export takes whatever is on screen: the comparison when it is open, else the table.
  // The writers load on the first press (ExportControls), in chunks of their own.
  const buildComparison = async ({ withSources }: { withSources: boolean }) => {
    const { comparisonText } = await import('../../domain/export/comparison-text');
    return comparisonText(comparison, { withSources, register });
  };
  const columns = model.table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .filter(isColumnId);
  // The view's rows live in the catalogue service: copying asks for them all, and the CSV is
  // written there, in parts.
  const buildTable = async ({ withSources }: { withSources: boolean }) => {
    const [rows, { lazyTableText }] = await Promise.all([
      model.first(model.shown),
      import('../../domain/export/table-text'),
    ]);
    return lazyTableText(rows, columns, { withSources, register });
  };
  const service = useApp((state) => state.service);
  const writeTable: FileWriter = (options, onProgress) =>
    service.export(
      { query: model.query, trust: model.trust, columns, format: 'csv', ...options },
      onProgress,
    );

  const tools = (
    <>
      {comparisonOpen ? null : <ColumnSetSwitch />}
      <CopyLinkButton />
      <ExportControls
        build={comparisonOpen ? buildComparison : buildTable}
        {...(comparisonOpen ? {} : { write: writeTable })}
        slugs={
          comparisonOpen
            ? ['compare', ...comparison.items.map((item) => item.name)]
            : viewSlugs(filters, facets)
        }
        what={comparisonOpen ? 'the comparison' : 'the table'}
      />
      <ColumnMenu />
      <PrintButton prepare={() => model.first(PRINTED_ROWS_MAX)} />
    </>
  );

  return (
    <div className="view-summary">
      <p className="view-sentence" role="status" aria-live="polite">
        {model.answered ? sentence : 'Finding the systems that match…'}
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
