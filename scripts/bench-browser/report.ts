// Medians, budgets and the printed table of the browser benchmark. The budgets are checked here,
// on the benchmark's own figures, never in a timed test.

export const PAGES = { app: 'app', agGrid: 'AG Grid', static: 'static HTML' } as const;
export type PageKind = keyof typeof PAGES;

export const INTERACTIONS = {
  search: 'search keystroke',
  filter: 'filter click',
  sort: 'sort click',
  csv: 'CSV click',
} as const;
export type Interaction = keyof typeof INTERACTIONS;

export type Samples = { nextPaint: number[]; result: number[]; missed: number };

export type RunResult = {
  page: PageKind;
  systems: number;
  run: number;
  /** Opened, measured every interaction, and closed within its time limits. */
  finished: boolean;
  note: string | null;
  /** Navigation → the first row of the table painted. */
  startup: number | null;
  /** Opening the catalogue measured (navigation or the file input's change) → first row painted. */
  opened: number | null;
  /** The page's and its workers' JS heaps together, after garbage collection. */
  heapMB: number | null;
  /** The workers' share of it. */
  workerHeapMB: number | null;
  samples: Record<Interaction, Samples>;
  csvBytes: number | null;
  seconds: number;
};

export const emptySamples = (): Record<Interaction, Samples> => ({
  search: { nextPaint: [], result: [], missed: 0 },
  filter: { nextPaint: [], result: [], missed: 0 },
  sort: { nextPaint: [], result: [], missed: 0 },
  csv: { nextPaint: [], result: [], missed: 0 },
});

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One figure of one page at one size: its median and how many runs or samples it rests on. */
export type Figure = { median: number | null; count: number; of: number };

export type PageSummary = {
  runs: number;
  finished: number;
  notes: string[];
  startup: Figure;
  opened: Figure;
  heapMB: Figure;
  workerHeapMB: Figure;
  interactions: Record<Interaction, { result: Figure; nextPaint: Figure }>;
  csvBytes: number | null;
};

const figure = (values: readonly number[], of: number): Figure => ({
  median: median(values),
  count: values.length,
  of,
});

export function summarise(runs: readonly RunResult[]): PageSummary {
  const all = <T>(pick: (run: RunResult) => T | null) =>
    runs.map(pick).filter((value): value is T => value !== null);
  const interactions = Object.fromEntries(
    (Object.keys(INTERACTIONS) as Interaction[]).map((kind) => {
      const result = runs.flatMap((run) => run.samples[kind].result);
      const nextPaint = runs.flatMap((run) => run.samples[kind].nextPaint);
      const of = result.length + runs.reduce((sum, run) => sum + run.samples[kind].missed, 0);
      return [kind, { result: figure(result, of), nextPaint: figure(nextPaint, of) }];
    }),
  ) as PageSummary['interactions'];
  return {
    runs: runs.length,
    finished: runs.filter((run) => run.finished).length,
    notes: [...new Set(all((run) => run.note))],
    startup: figure(
      all((run) => run.startup),
      runs.length,
    ),
    opened: figure(
      all((run) => run.opened),
      runs.length,
    ),
    heapMB: figure(
      all((run) => run.heapMB),
      runs.length,
    ),
    workerHeapMB: figure(
      all((run) => run.workerHeapMB),
      runs.length,
    ),
    interactions,
    csvBytes: median(all((run) => run.csvBytes)),
  };
}

export type Budget = {
  systems: number | 'bundle';
  figure: string;
  rule: string;
  value: number | null;
  limit: number | null;
  pass: boolean;
};

/** A budget against an absolute limit or a multiple of a peer's figure; no figure fails. */
export function budget(
  systems: Budget['systems'],
  name: string,
  value: number | null,
  limit: number | null,
  rule: string,
): Budget {
  return {
    systems,
    figure: name,
    rule,
    value,
    limit,
    pass: value !== null && limit !== null && value <= limit,
  };
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const formatMs = (value: number) => `${number(value, value < 100 ? 1 : 0)} ms`;
export const formatMB = (value: number) => `${number(value, 1)} MB`;

export function formatFigure(value: Figure, unit: (value: number) => string): string {
  if (value.of === 0) return '—';
  if (value.median === null)
    return value.of > 1 ? `did not finish (0/${value.of})` : 'did not finish';
  return value.count < value.of
    ? `${unit(value.median)} (${value.count}/${value.of})`
    : unit(value.median);
}

export function ratio(app: number | null, peer: number | null): string {
  if (app === null || peer === null || peer === 0) return '—';
  return `${number(app / peer, 2)}×`;
}

/** A plain-text table with columns padded to their widest cell. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}
