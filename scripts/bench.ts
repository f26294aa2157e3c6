import { BUILT_IN_VOCABULARY } from '../src/catalogue/built-in-vocabulary';
// Prints timings; it asserts nothing. Add a benchmark by appending to `benchmarks`.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { Catalogue, Citation, System } from '../src/catalogue/schema';
import { deriveRows, withTrust, type TableRow } from '../src/domain/table/rows';
import { NO_FACET_CHOICE } from '../src/domain/table/facets';
import { queryTable } from '../src/domain/table/query';
import { buildRowIndex } from '../src/domain/table/row-index';
import { csvChunks, toCsv } from '../src/domain/export/csv';
import type { CellValue, TableText } from '../src/domain/export/lazy-table-text';
import {
  lazyTableText,
  tableText,
  type SourceRegisterIndex,
} from '../src/domain/export/table-text';
import { COLUMN_IDS } from '../src/domain/table/columns';
import { seededRandom } from './seeded-random';
import { syntheticCatalogueFile } from './synthetic-catalogue';

type Benchmark = {
  name: string;
  budgetMs: number;
  setup: () => () => unknown;
  describe?: (result: unknown) => string;
  /** Fewer runs for the slow ones, so the whole script still finishes in minutes. */
  runs?: { warmUps: number; timed: number };
};

const WARM_UP_RUNS = 2;
const TIMED_RUNS = 7;
const ROWS = 100_000;
const COLUMNS = 12;
const EXPORT_RUNS = { warmUps: 1, timed: 3 };

const samples: readonly CellValue[] = [
  'T-72M1',
  'Main battle tank',
  'BMP-1, BMP-2',
  'Chieftain Mk 5 "Mobarak"',
  'Captured 1982;\nreturned to service',
  '=HYPERLINK("http://x","y")',
  '-',
  '@source',
  'تانک تی-۷۲',
  'دبابة تي-72',
  'Soviet Union',
  'SIPRI Arms Transfers Database, 2025',
  '  padded  ',
  null,
  1980,
  -3.5,
  125,
  0.42,
];

function realisticTable(rows: number, columns: number): TableText {
  const random = seededRandom(20261121);
  const pick = () => samples[Math.floor(random() * samples.length)] ?? null;
  return {
    header: Array.from({ length: columns }, (_, i) => `Column ${i + 1}`),
    rows: Array.from({ length: rows }, () => Array.from({ length: columns }, pick)),
  };
}

// A large catalogue: the six real systems, cloned with new ids and designations.
function largeCatalogueRows(count: number): TableRow[] {
  const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8')) as Catalogue;
  const systems: System[] = Array.from({ length: count }, (_, i) => {
    const base = catalogue.systems[i % catalogue.systems.length] as System;
    return {
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name} #${i}`,
      iraq: base.iraq.map((variant) => ({
        ...variant,
        designation: `${variant.designation}-${i}`,
      })),
    };
  });
  return deriveRows({ ...catalogue, systems });
}

// The export's input as the app has it: synthetic rows (1–3 citations per fact over a register
// of a few dozen sources) and the register by id. Built once, shared by the export benchmarks.
let exportInput: { rows: TableRow[]; register: SourceRegisterIndex } | undefined;
function syntheticExportInput(count: number) {
  if (!exportInput) {
    const file = syntheticCatalogueFile({ systems: count, seed: 1 });
    exportInput = {
      rows: deriveRows(file.catalogue),
      register: new Map(file.register.sources.map((source) => [source.id, source])),
    };
  }
  return exportInput;
}

const utf16Units = (text: string) => `${(text.length / 1e6).toFixed(1)} M UTF-16 units`;

const benchmarks: readonly Benchmark[] = [
  {
    name: `derive comparison rows for ${ROWS.toLocaleString('en')} systems`,
    budgetMs: 500,
    setup: () => {
      const rows = largeCatalogueRows(ROWS);
      const catalogue = {
        systems: rows.map((row) => row.system),
        glossary: [],
      } as unknown as Catalogue;
      return () => deriveRows(catalogue);
    },
  },
  {
    name: `evidence change: ${ROWS.toLocaleString('en')} rows under "stated only" (withTrust + index)`,
    budgetMs: 500,
    setup: () => {
      const rows = largeCatalogueRows(ROWS);
      const stated = (cite: Citation) => cite.confidence === 'stated';
      return () =>
        buildRowIndex(
          rows.map((row) => withTrust(row, stated)),
          BUILT_IN_VOCABULARY,
        ).rows.length;
    },
  },
  {
    name: `one search keystroke over ${ROWS.toLocaleString('en')} rows (filter + facets + sort)`,
    budgetMs: 100,
    setup: () => {
      const index = buildRowIndex(largeCatalogueRows(ROWS), BUILT_IN_VOCABULARY);
      let keystroke = 0;
      return () => {
        keystroke += 1;
        const result = queryTable(index, {
          ...NO_FACET_CHOICE,
          platformTypes: ['mbt', 'apc', 'rifle'],
          search: keystroke % 2 === 0 ? 'army' : 'arm',
          sorting: [{ column: 'iraqiVariant', desc: keystroke % 2 === 0 }],
        });
        return result.order.length;
      };
    },
    describe: (result) => `${String(result)} rows shown`,
  },
  {
    name: `toCsv ${ROWS.toLocaleString('en')} rows × ${COLUMNS} columns`,
    budgetMs: 300,
    setup: () => {
      const table = realisticTable(ROWS, COLUMNS);
      return () => toCsv(table);
    },
    describe: (result) =>
      `output ${(new TextEncoder().encode(String(result)).byteLength / 1024 / 1024).toFixed(1)} MB`,
  },
  {
    name: `export: tableText with sources, ${ROWS.toLocaleString('en')} synthetic rows × ${COLUMN_IDS.length} columns`,
    budgetMs: 1000,
    runs: EXPORT_RUNS,
    setup: () => {
      const { rows, register } = syntheticExportInput(ROWS);
      return () => tableText(rows, COLUMN_IDS, { withSources: true, register });
    },
    describe: (result) => `${(result as TableText).rows.length} rows`,
  },
  {
    name: `export: toCsv of that table (one string)`,
    budgetMs: 1000,
    runs: EXPORT_RUNS,
    setup: () => {
      const { rows, register } = syntheticExportInput(ROWS);
      const table = tableText(rows, COLUMN_IDS, { withSources: true, register });
      return () => toCsv(table);
    },
    describe: (result) => `output ${utf16Units(String(result))}`,
  },
  {
    name: `export: the whole file as the page writes it (lazy table → CSV chunks, sources included)`,
    budgetMs: 1000,
    runs: EXPORT_RUNS,
    setup: () => {
      const { rows, register } = syntheticExportInput(ROWS);
      return () => {
        const table = lazyTableText(rows, COLUMN_IDS, { withSources: true, register });
        let units = 0;
        let chunks = 0;
        for (const chunk of csvChunks(table)) {
          units += chunk.length;
          chunks += 1;
        }
        return { units, chunks };
      };
    },
    describe: (result) => {
      const { units, chunks } = result as { units: number; chunks: number };
      return `${(units / 1e6).toFixed(1)} M UTF-16 units in ${chunks} chunks`;
    },
  },
];

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

// Other processes skew medians; the load average says how much to trust these figures.
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);

// `npm run bench -- export` runs only the benchmarks whose name contains "export".
const only = process.argv[2];
for (const benchmark of benchmarks.filter((entry) => !only || entry.name.includes(only))) {
  const run = benchmark.setup();
  const { warmUps, timed } = benchmark.runs ?? { warmUps: WARM_UP_RUNS, timed: TIMED_RUNS };
  for (let i = 0; i < warmUps; i++) run();
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < timed; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const typical = median(times);
  const verdict = typical <= benchmark.budgetMs ? 'PASS' : 'OVER';
  const extra = benchmark.describe ? `  ${benchmark.describe(result)}` : '';
  console.log(
    `${verdict}  ${benchmark.name}: min ${ms(times[0] ?? NaN)}  median ${ms(typical)}  ` +
      `max ${ms(times.at(-1) ?? NaN)}  (budget ${ms(benchmark.budgetMs)} on the median, ` +
      `${timed} runs after ${warmUps} warm-ups)${extra}`,
  );
}
