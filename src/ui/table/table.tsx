import type { Header } from '@tanstack/react-table';
import { COLUMN_GROUPS, COLUMN_SPECS, type ColumnGroup } from '../../domain/table/columns';
import type { ComparisonFeatures } from '../../domain/table/model';
import type { ComparisonRow } from '../../domain/table/rows';
import type { ColumnId } from '../../domain/view/state';
import { CitationButton } from '../shared/citation-button';
import { PlatformIcon } from '../shared/platform-icon';
import { SystemCompareToggle } from '../comparison/toggle';
import { useActions } from '../shared/store-context';
import type { ComparisonTable as Table } from './use-table';

type ComparisonHeader = Header<ComparisonFeatures, ComparisonRow, unknown>;

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

function groupSpans(columnIds: readonly ColumnId[]): { group: ColumnGroup; span: number }[] {
  const spans: { group: ColumnGroup; span: number }[] = [];
  for (const id of columnIds) {
    const group = COLUMN_SPECS[id].group;
    const last = spans.at(-1);
    if (last?.group === group) last.span += 1;
    else spans.push({ group, span: 1 });
  }
  return spans;
}

function SortableHeader({ header }: { header: ComparisonHeader }) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const index = column.getSortIndex();
  const title = COLUMN_SPECS[column.id as ColumnId].header;
  return (
    <th
      scope="col"
      className={`col-${column.id}`}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={column.getToggleSortingHandler()}
        title="Sort (Shift+click to add a second sort)"
      >
        {title}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
        {sorted && index > 0 ? <span className="sort-rank">{index + 1}</span> : null}
        {sorted ? <span className="visually-hidden">, sorted {SORT_LABEL[sorted]}</span> : null}
      </button>
    </th>
  );
}

function Cell({ row, columnId }: { row: ComparisonRow; columnId: ColumnId }) {
  const { openDetail } = useActions();
  const spec = COLUMN_SPECS[columnId];
  const text = spec.text(row);
  const subject = `${spec.header} of ${row.system.name}`;
  const source = spec.source(row);

  if (columnId === 'system') {
    return (
      <th scope="row" className="col-system">
        <span className="system-cell">
          <SystemCompareToggle systemId={row.id} name={row.system.name} />
          <PlatformIcon type={row.system.platformType} />
          <button type="button" className="link-button" onClick={() => openDetail(row.id)}>
            {text}
            <span className="visually-hidden">: open details</span>
          </button>
          <CitationButton source={source} subject={row.system.name} />
        </span>
      </th>
    );
  }
  if (columnId.startsWith('cap-')) {
    const reported = text === 'Reported';
    return (
      <td className={`col-${columnId} status ${reported ? 'status-yes' : 'status-no'}`}>
        <span className="status-mark" aria-hidden="true">
          {reported ? '●' : '○'}
        </span>
        {text}
        <CitationButton source={source} subject={subject} />
      </td>
    );
  }
  if (columnId === 'commonality') {
    return (
      <td className="col-commonality">
        <span className={`level level-${row.commonality}`}>{text}</span>
        <CitationButton source={source} subject={subject} />
      </td>
    );
  }
  return (
    <td className={`col-${columnId}${source.basis === 'reference' ? ' reference' : ''}`}>
      {text === '' ? <span className="empty">—</span> : text}
      <CitationButton source={source} subject={subject} />
    </td>
  );
}

export function ComparisonTable({ table }: { table: Table }) {
  const { clearFilters } = useActions();
  const headers =
    table.getHeaderGroups()[0]?.headers.filter((header) => header.column.getIsVisible()) ?? [];
  const columnIds = headers.map((header) => header.column.id as ColumnId);
  const rows = table.getRowModel().rows;

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Comparison table, scrolls sideways"
    >
      <table className="comparison-table">
        <caption className="visually-hidden">
          Iraqi and Iranian variants of each system and what Iran can supply for it. Column headers
          sort the table.
        </caption>
        <thead>
          <tr className="group-row">
            {groupSpans(columnIds).map(({ group, span }, index) =>
              // The system column needs no group label: an empty cell, not an empty header.
              group === 'identity' ? (
                <td key={`${group}-${index}`} colSpan={span} className="group-identity" />
              ) : (
                <th
                  key={`${group}-${index}`}
                  scope="colgroup"
                  colSpan={span}
                  className={`group-${group}`}
                >
                  {COLUMN_GROUPS[group].label}
                </th>
              ),
            )}
          </tr>
          <tr>
            {headers.map((header) => (
              <SortableHeader key={header.id} header={header} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={Math.max(columnIds.length, 1)} className="empty-state">
                <p>No system matches these filters.</p>
                <button type="button" onClick={clearFilters}>
                  Clear all filters
                </button>
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {columnIds.map((id) => (
                  <Cell key={id} row={row.original} columnId={id} />
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
