// The table's headless model: features, column definitions and the mapping from the
// view to TanStack Table state. Framework-free (table-core), so the React table, the tests and the
// benchmark all run the very same filtering, faceting and sorting.
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type FilterFn,
  type Row,
  type SortFn,
  type SortingState,
} from '@tanstack/table-core';
import type { CapabilityKind, Operator, PlatformType } from '../../catalogue/vocabulary';
import {
  COLUMN_IDS,
  COLUMN_SPECS,
  isReferenceColumn,
  type ColumnId,
  type ColumnSpec,
} from './columns';
import type { TableRow } from './rows';
import { hasEveryCapability, hasSomeOperator, matchesTerms, searchTerms } from './filters';
import type { ViewState } from '../view/state';

export type TableColumnMeta = { spec: ColumnSpec };

export const tableModelFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  columnMeta: {} as TableColumnMeta,
});
export type TableModelFeatures = typeof tableModelFeatures;

/** Columns that exist only to filter and facet; never shown, never exported. */
export const FILTER_COLUMN_IDS = { operators: 'operators', capabilities: 'capabilities' } as const;

const byPlatformType: FilterFn<TableModelFeatures, TableRow> = (row, _id, value) =>
  (value as readonly PlatformType[]).includes(row.original.system.platformType);
const byOperator: FilterFn<TableModelFeatures, TableRow> = (row, _id, value) =>
  hasSomeOperator(row.original, value as readonly Operator[]);
const byCapability: FilterFn<TableModelFeatures, TableRow> = (row, _id, value) =>
  hasEveryCapability(row.original, value as readonly CapabilityKind[]);
// The query is split into words once per keystroke, not once per row.
export const bySearch: FilterFn<TableModelFeatures, TableRow> = Object.assign(
  (row: Row<TableModelFeatures, TableRow>, _id: string, terms: unknown) =>
    matchesTerms(row.original, terms as readonly string[]),
  { resolveFilterValue: (query: unknown) => searchTerms(String(query)) },
);

// Text columns compare the cell values table-core has already cached per row.
const specSort =
  (spec: ColumnSpec): SortFn<TableModelFeatures, TableRow> =>
  (a, b, columnId) => {
    if (spec.sortValue) return spec.sortValue(a.original) - spec.sortValue(b.original);
    return collator.compare(a.getValue<string>(columnId), b.getValue<string>(columnId));
  };
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const helper = createColumnHelper<TableModelFeatures, TableRow>();

export const tableColumns = helper.columns([
  ...COLUMN_IDS.map((id) => {
    const spec = COLUMN_SPECS[id];
    return helper.accessor((row) => spec.text(row), {
      id,
      header: spec.header,
      meta: { spec },
      sortFn: specSort(spec),
      enableHiding: spec.hideable,
      ...(id === 'platformType'
        ? {
            filterFn: byPlatformType,
            getUniqueValues: (row: TableRow) => [row.system.platformType],
          }
        : { enableColumnFilter: false }),
    });
  }),
  helper.accessor((row) => row.operators.join(' '), {
    id: FILTER_COLUMN_IDS.operators,
    filterFn: byOperator,
    getUniqueValues: (row) => row.operators,
    enableSorting: false,
    enableHiding: false,
  }),
  helper.accessor((row) => row.reportedCapabilities.join(' '), {
    id: FILTER_COLUMN_IDS.capabilities,
    filterFn: byCapability,
    getUniqueValues: (row) => row.reportedCapabilities,
    enableSorting: false,
    enableHiding: false,
  }),
]);

/** The parts of the view the table reads; a component re-renders only when one of them changes. */
export type TableView = Pick<
  ViewState,
  'platformTypes' | 'operators' | 'capabilities' | 'basis' | 'search' | 'sorting' | 'hiddenColumns'
>;
export const pickTableView = ({
  platformTypes,
  operators,
  capabilities,
  basis,
  search,
  sorting,
  hiddenColumns,
}: ViewState): TableView => ({
  platformTypes,
  operators,
  capabilities,
  basis,
  search,
  sorting,
  hiddenColumns,
});

/** The table state a view implies; the store owns the view, the table only reads it. */
export function tableStateFor(view: TableView): {
  columnFilters: ColumnFiltersState;
  globalFilter: string;
  sorting: SortingState;
  columnVisibility: ColumnVisibilityState;
} {
  const columnFilters: ColumnFiltersState = [];
  if (view.platformTypes.length > 0)
    columnFilters.push({ id: 'platformType', value: view.platformTypes });
  if (view.operators.length > 0)
    columnFilters.push({ id: FILTER_COLUMN_IDS.operators, value: view.operators });
  if (view.capabilities.length > 0)
    columnFilters.push({ id: FILTER_COLUMN_IDS.capabilities, value: view.capabilities });
  return {
    columnFilters,
    globalFilter: view.search,
    sorting: view.sorting.map(({ column, desc }) => ({ id: column, desc })),
    columnVisibility: columnVisibilityFor(view),
  };
}

export function visibleColumnIds(view: Pick<ViewState, 'hiddenColumns' | 'basis'>): ColumnId[] {
  return COLUMN_IDS.filter(
    (id) =>
      !view.hiddenColumns.includes(id) && !(view.basis === 'sourced' && isReferenceColumn(id)),
  );
}

function columnVisibilityFor(view: TableView): ColumnVisibilityState {
  const visible = new Set<string>(visibleColumnIds(view));
  const visibility: ColumnVisibilityState = {
    [FILTER_COLUMN_IDS.operators]: false,
    [FILTER_COLUMN_IDS.capabilities]: false,
  };
  for (const id of COLUMN_IDS) visibility[id] = visible.has(id);
  return visibility;
}

/** Only the system column takes part in search; the row's search text covers every name. */
export const canGlobalFilter = (column: { id: string }): boolean => column.id === 'system';
