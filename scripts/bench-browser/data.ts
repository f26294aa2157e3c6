import {
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_VOCABULARY,
  platformTypeEntry,
} from '../../src/catalogue/built-in-vocabulary';
// The catalogue each size is measured on, and what the benchmark needs to know about it to drive
// both pages the same way: the first row's name, a search key that changes the first row, a
// platform type to tick that does too.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CATALOGUE_FILE_KIND,
  type Catalogue,
  type CatalogueFile,
} from '../../src/catalogue/schema';
import { type SourceRegister } from '../../src/catalogue/register-schema';
import { COLUMN_IDS, COLUMN_SPECS } from '../../src/domain/table/columns';
import { deriveRows, type TableRow } from '../../src/domain/table/rows';
import { syntheticCatalogueFile, writeSyntheticCatalogue } from '../synthetic-catalogue';

export type SizeData = {
  systems: number;
  /** "the real catalogue" or "synthetic, seed 1". */
  origin: string;
  /** The app's own built-in catalogue. */
  builtIn: boolean;
  /** The whole catalogue file, for a file input. */
  filePath: string;
  fileBytes: number;
  /** The two parts the app fetches, as JSON text. */
  catalogueJson: string;
  registerJson: string;
  firstName: string;
  searchKey: string;
  searchMatches: number;
  filterLabel: string;
  filterMatches: number;
};

const KEYS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A key the first row's search text lacks but some rows have: typing it changes the first row. */
function searchKey(rows: readonly TableRow[]): { key: string; matches: number } {
  const first = rows[0]?.searchText ?? '';
  let best = { key: 'z', matches: 0, score: Infinity };
  for (const key of KEYS) {
    if (first.includes(key)) continue;
    const matches = rows.filter((row) => row.searchText.includes(key)).length;
    // Prefer a key that keeps about a third of the rows: a realistic narrowing, not a dead end.
    const score = Math.abs(matches / rows.length - 1 / 3);
    if (matches > 0 && score < best.score) best = { key, matches, score };
  }
  return best;
}

/** The most common platform type other than the first row's: ticking it changes the first row. */
function filterType(rows: readonly TableRow[]): { label: string; matches: number } {
  const first = rows[0]?.system.platformType;
  const counts = BUILT_IN_PLATFORM_TYPE_IDS.filter((type) => type !== first).map((type) => ({
    type,
    matches: rows.filter((row) => row.system.platformType === type).length,
  }));
  counts.sort((a, b) => b.matches - a.matches);
  const chosen = counts[0] ?? { type: BUILT_IN_PLATFORM_TYPE_IDS[0], matches: 0 };
  return {
    label: platformTypeEntry(BUILT_IN_VOCABULARY, chosen.type ?? 'mbt').label,
    matches: chosen.matches,
  };
}

async function readRealFile(): Promise<CatalogueFile> {
  const catalogue = JSON.parse(await readFile('data/catalogue.json', 'utf8')) as Catalogue;
  const register = JSON.parse(await readFile('seeds/sources.json', 'utf8')) as SourceRegister;
  // The file format has no $schema inside its parts.
  delete catalogue.$schema;
  delete register.$schema;
  return {
    kind: CATALOGUE_FILE_KIND,
    version: 1,
    title: 'Iraq–Iran equipment commonality (built-in)',
    catalogue,
    register,
  };
}

/**
 * `real`: the built-in catalogue (6 systems); otherwise a synthetic one of `systems`. Files are
 * written under `folder`.
 */
export async function prepareSize(
  systems: number,
  { real, folder, seed }: { real: boolean; folder: string; seed: number },
): Promise<SizeData> {
  const filePath = join(
    folder,
    real ? 'catalogue-real.json' : `catalogue-${systems}-seed-${seed}.json`,
  );
  let file: CatalogueFile;
  let fileBytes: number;
  if (real || systems <= 1000) {
    file = real ? await readRealFile() : syntheticCatalogueFile({ systems, seed });
    const text = JSON.stringify(file);
    await writeFile(filePath, text);
    fileBytes = Buffer.byteLength(text);
  } else {
    fileBytes = (await writeSyntheticCatalogue(filePath, { systems, seed })).bytes;
    file = JSON.parse(await readFile(filePath, 'utf8')) as CatalogueFile;
  }
  const rows = deriveRows(file.catalogue);
  const search = searchKey(rows);
  const filter = filterType(rows);
  return {
    systems: file.catalogue.systems.length,
    origin: real ? 'the real catalogue' : `synthetic, seed ${seed}`,
    builtIn: real,
    filePath,
    fileBytes,
    catalogueJson: JSON.stringify(file.catalogue),
    registerJson: JSON.stringify(file.register),
    firstName: rows[0]?.system.name ?? '',
    searchKey: search.key,
    searchMatches: search.matches,
    filterLabel: filter.label,
    filterMatches: filter.matches,
  };
}

/** The cell text of the built-in catalogue's rows: what the app shows at start-up. */
export async function builtInCells(): Promise<string[][]> {
  const rows = deriveRows((await readRealFile()).catalogue);
  return rows.map((row) => COLUMN_IDS.map((id) => COLUMN_SPECS[id].text(row)));
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The same rows and headers as plain HTML with the app's own stylesheet: the floor for a paint. */
export function staticPage(cells: readonly (readonly string[])[], stylesheets: readonly string[]) {
  const header = COLUMN_IDS.map(
    (id) => `<th scope="col">${escapeHtml(COLUMN_SPECS[id].header)}</th>`,
  );
  const rows = cells.map(
    ([first, ...rest]) =>
      `<tr><th scope="row">${escapeHtml(first ?? '')}</th>${rest
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join('')}</tr>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Iraq–Iran equipment commonality (static page, benchmark only)</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body>
<header class="app-header"><h1>Iraq–Iran equipment commonality</h1></header>
<main id="main">
<div class="table-scroll">
<table class="systems-table">
<caption class="visually-hidden">Iraqi and Iranian variants of each system and what Iran can supply for it.</caption>
<thead><tr>${header.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</main>
</body>
</html>
`;
}
