// A minimal AG Grid Community page over the same rows and cell text as the app, for
// scripts/bench-browser.ts only: the app's own row derivation and column text functions, the
// same six searchable fields (quick filter, cached), a platform-type filter, sorting with the same
// collator, and AG Grid's own CSV of the whole view (the 17 columns; the app's file also has a
// sources column by default). It does no validation.
import {
  ClientSideRowModelModule,
  CsvExportModule,
  ExternalFilterModule,
  ModuleRegistry,
  QuickFilterModule,
  createGrid,
  type ColDef,
  type IRowNode,
} from 'ag-grid-community';
import type { Catalogue, CatalogueFile } from '../../src/catalogue/schema';
import { type PlatformType } from '../../src/catalogue/vocabulary';
import {
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_VOCABULARY,
  platformTypeEntry,
} from '../../src/catalogue/built-in-vocabulary';
import { COLUMN_IDS, COLUMN_SPECS } from '../../src/domain/table/columns';
import { deriveRows, type TableRow } from '../../src/domain/table/rows';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  QuickFilterModule,
  ExternalFilterModule,
  CsvExportModule,
]);

/** A row with its cell text worked out once, as an AG Grid user would flatten their data. */
type PeerRow = { row: TableRow; text: Record<string, string> };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const columnDefs: ColDef<PeerRow>[] = COLUMN_IDS.map((id): ColDef<PeerRow> => {
  const spec = COLUMN_SPECS[id];
  const sortValue = spec.sortValue;
  return {
    colId: id,
    headerName: spec.header,
    valueGetter: ({ data }) => data?.text[id] ?? '',
    comparator: sortValue
      ? (_a, _b, nodeA, nodeB) =>
          sortValue((nodeA.data as PeerRow).row) - sortValue((nodeB.data as PeerRow).row)
      : (a: string, b: string) => collator.compare(a, b),
    // The app searches names, platform type, designations and operators: the row's search text.
    getQuickFilterText: id === 'system' ? ({ data }) => data.row.searchText : () => '',
  };
});

const chosenTypes = new Set<PlatformType>();

const grid = createGrid(document.getElementById('grid') as HTMLElement, {
  columnDefs,
  defaultColDef: { sortable: true, resizable: true, width: 160 },
  getRowId: ({ data }) => data.row.id,
  animateRows: false,
  cacheQuickFilter: true,
  isExternalFilterPresent: () => chosenTypes.size > 0,
  doesExternalFilterPass: (node: IRowNode<PeerRow>) =>
    node.data !== undefined && chosenTypes.has(node.data.row.system.platformType),
});

const status = document.getElementById('status') as HTMLElement;

async function open(catalogue: Promise<Catalogue>): Promise<void> {
  const rowData = deriveRows(await catalogue).map((row): PeerRow => ({
    row,
    text: Object.fromEntries(COLUMN_IDS.map((id) => [id, COLUMN_SPECS[id].text(row)])),
  }));
  grid.setGridOption('rowData', rowData);
  status.textContent = `${rowData.length} systems`;
}

const fieldset = document.getElementById('platform-types') as HTMLElement;
for (const type of BUILT_IN_PLATFORM_TYPE_IDS) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => {
    if (box.checked) chosenTypes.add(type);
    else chosenTypes.delete(type);
    grid.onFilterChanged();
  });
  label.append(box, platformTypeEntry(BUILT_IN_VOCABULARY, type).label);
  fieldset.append(label);
}

const search = document.getElementById('search') as HTMLInputElement;
search.addEventListener('input', () => grid.setGridOption('quickFilterText', search.value));

document
  .getElementById('export-csv')
  ?.addEventListener('click', () => grid.exportDataAsCsv({ fileName: 'ag-grid-peer.csv' }));

const fileInput = document.querySelector<HTMLInputElement>('input[type=file]');
fileInput?.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(file.text().then((text) => (JSON.parse(text) as CatalogueFile).catalogue));
});

// ?catalogue=URL fetches the catalogue part, as the app fetches its built-in one; the cell text
// needs no register.
const catalogueUrl = new URLSearchParams(location.search).get('catalogue');
if (catalogueUrl) {
  void open(
    fetch(catalogueUrl)
      .then((response) => response.text())
      .then((text) => JSON.parse(text) as Catalogue),
  );
}
