// The table as TanStack table-core filtered, faceted and sorted it before the query engine: the
// app's former client-side row models, kept as the oracle the engine is proven against.
import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnFiltersState,
  type FilterFn,
  type Row,
  type SortFn,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { CapabilityKind, Operator, PlatformType } from '../../src/catalogue/vocabulary';
import { COLUMN_IDS, COLUMN_SPECS, type ColumnSpec } from '../../src/domain/table/columns';
import type { TableQuery } from '../../src/domain/table/query';
import type { TableRow } from '../../src/domain/table/rows';

const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  coreReactivityFeature: storeReactivityBindings(),
});
type Features = typeof features;

const OPERATORS_COLUMN = 'operators';
const CAPABILITIES_COLUMN = 'capabilities';

const byPlatformType: FilterFn<Features, TableRow> = (row, _id, value) =>
  (value as readonly PlatformType[]).includes(row.original.system.platformType);
const byOperator: FilterFn<Features, TableRow> = (row, _id, value) =>
  (value as readonly Operator[]).some((operator) => row.original.operators.includes(operator));
const byCapability: FilterFn<Features, TableRow> = (row, _id, value) =>
  (value as readonly CapabilityKind[]).every((kind) =>
    row.original.reportedCapabilities.includes(kind),
  );
const bySearch: FilterFn<Features, TableRow> = Object.assign(
  (row: Row<Features, TableRow>, _id: string, terms: unknown) =>
    (terms as readonly string[]).every((term) => row.original.searchText.includes(term)),
  {
    resolveFilterValue: (query: unknown) =>
      String(query).toLowerCase().split(/\s+/u).filter(Boolean),
  },
);

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const specSort =
  (spec: ColumnSpec): SortFn<Features, TableRow> =>
  (a, b, columnId) => {
    if (spec.sortValue) return spec.sortValue(a.original) - spec.sortValue(b.original);
    return collator.compare(a.getValue<string>(columnId), b.getValue<string>(columnId));
  };

const helper = createColumnHelper<Features, TableRow>();
const columns = helper.columns([
  ...COLUMN_IDS.map((id) => {
    const spec = COLUMN_SPECS[id];
    return helper.accessor((row) => spec.text(row), {
      id,
      sortFn: specSort(spec),
      ...(id === 'platformType'
        ? {
            filterFn: byPlatformType,
            getUniqueValues: (row: TableRow) => [row.system.platformType],
          }
        : { enableColumnFilter: false }),
    });
  }),
  helper.accessor((row) => row.operators.join(' '), {
    id: OPERATORS_COLUMN,
    filterFn: byOperator,
    getUniqueValues: (row) => row.operators,
    enableSorting: false,
  }),
  helper.accessor((row) => row.reportedCapabilities.join(' '), {
    id: CAPABILITIES_COLUMN,
    filterFn: byCapability,
    getUniqueValues: (row) => row.reportedCapabilities,
    enableSorting: false,
  }),
]);

export type OracleAnswer = {
  ids: string[];
  counts: {
    platformTypes: Record<string, number>;
    operators: Record<string, number>;
    capabilities: Record<string, number>;
  };
};

/** What table-core shows for a query: row ids in order, and each facet's non-zero counts. */
export function tableCoreAnswer(rows: readonly TableRow[], query: TableQuery): OracleAnswer {
  const columnFilters: ColumnFiltersState = [];
  if (query.platformTypes.length > 0)
    columnFilters.push({ id: 'platformType', value: query.platformTypes });
  if (query.operators.length > 0)
    columnFilters.push({ id: OPERATORS_COLUMN, value: query.operators });
  if (query.capabilities.length > 0)
    columnFilters.push({ id: CAPABILITIES_COLUMN, value: query.capabilities });
  const table = constructTable({
    features,
    columns,
    data: rows as TableRow[],
    getRowId: (row: TableRow) => row.id,
    state: {
      columnFilters,
      globalFilter: query.search,
      sorting: query.sorting.map(({ column, desc }) => ({ id: column, desc })),
    },
    globalFilterFn: bySearch,
    getColumnCanGlobalFilter: (column) => column.id === 'system',
    enableMultiSort: true,
  });
  const facet = (id: string) =>
    Object.fromEntries(
      [...(table.getColumn(id)?.getFacetedUniqueValues() ?? new Map<string, number>())].map(
        ([value, count]) => [String(value), count],
      ),
    );
  return {
    ids: table.getRowModel().rows.map((row) => row.id),
    counts: {
      platformTypes: facet('platformType'),
      operators: facet(OPERATORS_COLUMN),
      capabilities: facet(CAPABILITIES_COLUMN),
    },
  };
}
