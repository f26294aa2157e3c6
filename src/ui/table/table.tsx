import type { ColumnSpec } from '../../domain/table/columns';
import { useActions } from '../shared/store-context';
import { Cell } from './cell';
import { GroupRow, SortableHeader, type TableHeader } from './header';
import type { TableModel } from './use-table';

/** The spec each visible column carries in its typed meta. */
const visibleHeaders = (table: TableModel): { header: TableHeader; spec: ColumnSpec }[] =>
  (table.getHeaderGroups()[0]?.headers ?? []).flatMap((header) => {
    const spec = header.column.columnDef.meta?.spec;
    return spec && header.column.getIsVisible() ? [{ header, spec }] : [];
  });

/** The table: one row per system, the visible columns, sortable headers. */
export function TableView({ table }: { table: TableModel }) {
  const { clearFilters } = useActions();
  const headers = visibleHeaders(table);
  const specs = headers.map(({ spec }) => spec);
  const rows = table.getRowModel().rows;

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table, scrolls sideways">
      <table className="comparison-table">
        <caption className="visually-hidden">
          Iraqi and Iranian variants of each system and what Iran can supply for it. Column headers
          sort the table.
        </caption>
        <thead>
          <GroupRow specs={specs} />
          <tr>
            {headers.map(({ header, spec }) => (
              <SortableHeader key={header.id} header={header} spec={spec} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={Math.max(specs.length, 1)} className="empty-state">
                <p>No system matches these filters.</p>
                <button type="button" onClick={clearFilters}>
                  Clear all filters
                </button>
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {specs.map((spec) => (
                  <Cell key={spec.id} row={row.original} spec={spec} />
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
