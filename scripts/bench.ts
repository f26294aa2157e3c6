// Prints timings; it asserts nothing. Add a benchmark by appending to `benchmarks`.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { Catalogue, Citation, System } from '../src/catalogue/schema';
import { deriveRows, withTrust, type TableRow } from '../src/domain/table/rows';
import { NO_FACET_CHOICE } from '../src/domain/table/facets';
import { queryTable } from '../src/domain/table/query';
import { buildRowIndex } from '../src/domain/table/row-index';
import { toCsv, type CellValue, type TableText } from '../src/domain/export/csv';

type Benchmark = {
  name: string;
  budgetMs: number;
  setup: () => () => unknown;
  describe?: (result: unknown) => string;
};

const WARM_UP_RUNS = 2;
const TIMED_RUNS = 7;
const ROWS = 100_000;
const COLUMNS = 12;

// Deterministic so figures are comparable between runs and machines.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
      return () => buildRowIndex(rows.map((row) => withTrust(row, stated))).rows.length;
    },
  },
  {
    name: `one search keystroke over ${ROWS.toLocaleString('en')} rows (filter + facets + sort)`,
    budgetMs: 100,
    setup: () => {
      const index = buildRowIndex(largeCatalogueRows(ROWS));
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

for (const benchmark of benchmarks) {
  const run = benchmark.setup();
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < TIMED_RUNS; i++) {
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
      `${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-ups)${extra}`,
  );
}
