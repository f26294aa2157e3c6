// The app against AG Grid Community in Debian's Chromium, at 6, 10,000 and 100,000 systems:
// open → table painted, JS heap after garbage collection, search keystroke, filter click and sort
// click → paint, CSV click → file. Prints medians, app/AG Grid ratios and the budgets of issue 11,
// and writes them to bench/results.json. It asserts nothing and is not part of `npm test`.
//
//   npm run bench:browser [-- --sizes 6,10000,100000 --runs-small 7 --runs-large 5 --runs-huge 3 --port 4710
//                             --mode auto|fetch|file --skip-build --out bench/results.json]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { firstLoad } from './first-load';
import { builtInCells, prepareSize, staticPage, type SizeData } from './bench-browser/data';
import { workerHeapsMB } from './bench-browser/worker-heaps';
import {
  budget,
  emptySamples,
  formatFigure,
  formatMB,
  formatMs,
  INTERACTIONS,
  PAGES,
  ratio,
  summarise,
  textTable,
  type Budget,
  type Figure,
  type Interaction,
  type PageKind,
  type PageSummary,
  type RunResult,
} from './bench-browser/report';
import { body, startServer, type BenchServer } from './bench-browser/server';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '6,10000,100000' },
    'runs-small': { type: 'string', default: '7' },
    'runs-large': { type: 'string', default: '5' },
    /** Runs at 100,000 systems or more, where one app run can take minutes. */
    'runs-huge': { type: 'string', default: '3' },
    port: { type: 'string', default: '4710' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/results.json' },
    'skip-build': { type: 'boolean', default: false },
    /** auto: the app's file input if it has one, else its catalogue fetches answered. */
    mode: { type: 'string', default: 'auto' },
  },
});

const SIZES = args.sizes.split(',').map(Number);
const RUNS_SMALL = Number(args['runs-small']);
const RUNS_LARGE = Number(args['runs-large']);
const RUNS_HUGE = Number(args['runs-huge']);
const SEED = Number(args.seed);
const WORK = resolve('.bench');
const LARGE = 1000;
const HUGE = 100_000;
/** The app gets this long to paint its table, and a whole run this long, before "did not finish". */
const OPEN_LIMIT_MS = 120_000;
const RUN_LIMIT_MS = { small: 60_000, large: 240_000, huge: 330_000 };
const INTERACTION_LIMIT_MS = 60_000;
/** Writing 100,000 rows with their sources is slow today: the CSV gets longer. */
const CSV_LIMIT_MS = 90_000;
/** After this many app runs at one size that did not finish, the rest are skipped. */
const GIVE_UP_AFTER = 2;
const VIEWPORT = { width: 1366, height: 768 };
const SEARCH_BOX = /search names, designations and operators/i;
const BUILT_IN_FIRST_NAME = 'T-72';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

class DidNotFinish extends Error {}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function limit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DidNotFinish(`${what}: over ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function buildPages(): Promise<void> {
  const started = performance.now();
  await build({ logLevel: 'warn' });
  await build({
    configFile: false,
    root: resolve('bench/ag-grid'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(WORK, 'ag-grid-dist'), emptyOutDir: true, target: 'es2022' },
  });
  console.log(
    `built the app (dist/) and the AG Grid peer in ${seconds(performance.now() - started)}`,
  );
}

/** The JS and CSS that index.html loads before anything else, gzipped as a host would. */
async function initialBundle(): Promise<{ files: string[]; gzipBytes: number }> {
  const load = await firstLoad('dist');
  return { files: load.files.map((entry) => entry.file), gzipBytes: load.gzipBytes };
}

type Mode = 'fetch' | 'file';

type Bench = {
  browser: Browser;
  server: BenchServer;
  probe: string;
  mode: Mode;
};

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const ROWS_SELECTOR: Record<PageKind, string> = {
  app: 'table.systems-table > tbody',
  // AG Grid 36 draws body rows in .ag-grid-scrolling-container (older versions: .ag-center-cols-container).
  agGrid: '.ag-grid-scrolling-container:has(> .ag-row), .ag-center-cols-container',
  static: 'table.systems-table > tbody',
};

async function newPage(bench: Bench, kind: PageKind, openName: string | null) {
  const context = await bench.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  context.setDefaultTimeout(INTERACTION_LIMIT_MS);
  const page = await context.newPage();
  const config = { rows: ROWS_SELECTOR[kind], openName };
  await page.addInitScript({
    content: `window.__benchConfig = ${JSON.stringify(config)};\n${bench.probe}`,
  });
  return { context, page };
}

async function closeContext(bench: Bench, context: BrowserContext): Promise<void> {
  try {
    await limit(context.close(), 20_000, 'closing the page');
  } catch {
    // A renderer stuck in a long task can keep its context open: start a fresh browser.
    await limit(bench.browser.close(), 20_000, 'closing the browser').catch(() => undefined);
    bench.browser = await launch();
  }
}

/** Whether the app has its own "Open catalogue" file input yet (issue 11's other half). */
async function detectMode(bench: Bench): Promise<Mode> {
  const { context, page } = await newPage(bench, 'app', BUILT_IN_FIRST_NAME);
  try {
    await page.goto(`${bench.server.origin}/app/`);
    await limit(page.evaluate('__bench.opened()'), 60_000, 'opening the built-in catalogue');
    const input = page.getByLabel(/open catalogue/i).and(page.locator('input[type=file]'));
    return (await input.count()) > 0 ? 'file' : 'fetch';
  } finally {
    await closeContext(bench, context);
  }
}

function plannedSamples(large: boolean): Record<Interaction, number> {
  return large
    ? { search: 2, filter: 2, sort: 2, csv: 1 }
    : { search: 4, filter: 4, sort: 3, csv: 2 };
}

async function runOnce(
  bench: Bench,
  kind: PageKind,
  size: SizeData,
  run: number,
): Promise<RunResult> {
  const started = performance.now();
  const large = size.systems > LARGE;
  const runLimit =
    size.systems >= HUGE ? RUN_LIMIT_MS.huge : large ? RUN_LIMIT_MS.large : RUN_LIMIT_MS.small;
  const deadline = started + runLimit;
  const left = (cap: number) => Math.max(1000, Math.min(cap, deadline - performance.now()));
  const result: RunResult = {
    page: kind,
    systems: size.systems,
    run,
    finished: false,
    note: null,
    startup: null,
    opened: null,
    heapMB: null,
    workerHeapMB: null,
    samples: emptySamples(),
    csvBytes: null,
    seconds: 0,
  };
  const fileMode = bench.mode === 'file' && kind !== 'static';
  // In file mode the app first opens its built-in catalogue; the peer starts empty.
  const openName =
    kind === 'static'
      ? BUILT_IN_FIRST_NAME
      : !fileMode
        ? size.firstName
        : kind === 'app'
          ? BUILT_IN_FIRST_NAME
          : null;
  const { context, page } = await newPage(bench, kind, openName);
  let crash: (error: Error) => void = () => undefined;
  const crashed = new Promise<never>((_, reject) => (crash = reject));
  crashed.catch(() => undefined);
  page.on('crash', () => crash(new DidNotFinish('the tab crashed')));
  page.on('pageerror', (error) => (result.note ??= `page error: ${error.message.slice(0, 200)}`));
  const step = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([limit(promise, ms, what), crashed]);

  const planned = plannedSamples(large);
  async function measure(
    interaction: Interaction,
    type: 'keydown' | 'click',
    act: () => Promise<unknown>,
  ): Promise<void> {
    const mode = interaction === 'csv' ? 'download' : 'paint';
    await step(
      page.evaluate(`__bench.arm(${JSON.stringify(type)}, '${mode}')`),
      left(10_000),
      'arming',
    );
    const what = INTERACTIONS[interaction];
    const cap = interaction === 'csv' ? CSV_LIMIT_MS : INTERACTION_LIMIT_MS;
    await step(act(), left(cap), what);
    const sample = (await step(page.evaluate('__bench.result()'), left(cap), what)) as {
      nextPaint: number;
      resultPaint: number | null;
      file: number | null;
      bytes: number;
    };
    const samples = result.samples[interaction];
    samples.nextPaint.push(sample.nextPaint);
    samples.result.push((mode === 'download' ? sample.file : sample.resultPaint) as number);
    // Let the page settle: two frames and a moment for anything scheduled after the paint.
    await step(
      page.evaluate(
        'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))))',
      ),
      left(INTERACTION_LIMIT_MS),
      `${what} (settling)`,
    );
  }

  try {
    if (kind === 'app' && !fileMode) {
      // The built app fetches its catalogue and register as hashed assets: answer them with the
      // catalogue being measured, from the same server, without the page seeing a redirect.
      await page.route(/\/assets\/(catalogue|sources)-[\w-]+\.json$/, (route) => {
        const part = route.request().url().includes('/catalogue-') ? 'catalogue' : 'register';
        return route.continue({ url: `${bench.server.origin}/data/${part}.json` });
      });
    }
    const url = {
      app: `${bench.server.origin}/app/`,
      agGrid: `${bench.server.origin}/ag-grid/${fileMode ? '' : '?catalogue=/data/catalogue.json'}`,
      static: `${bench.server.origin}/static/`,
    }[kind];
    await step(page.goto(url, { waitUntil: 'commit' }), 30_000, 'navigation');
    if (fileMode) {
      // The page's own listener must be on the input before a file is picked.
      await step(page.waitForLoadState('load'), left(OPEN_LIMIT_MS), 'loading the page');
      if (openName) {
        const start = (await step(
          page.evaluate('__bench.opened()'),
          left(OPEN_LIMIT_MS),
          'start-up',
        )) as { painted?: number };
        result.startup = start.painted ?? null;
      }
      await page.evaluate(`__bench.armFileOpen(${JSON.stringify(size.firstName)})`);
      const input = page.getByLabel(/open catalogue/i).and(page.locator('input[type=file]'));
      if ((await input.count()) === 0) throw new Error('the page has no "Open catalogue" input');
      await step(
        input.first().setInputFiles(size.filePath),
        left(OPEN_LIMIT_MS),
        'picking the file',
      );
    }
    const open = (await step(
      page.evaluate('__bench.opened()'),
      left(OPEN_LIMIT_MS),
      'open → table painted',
    )) as { painted?: number; error?: string };
    if (open.error !== undefined) throw new Error(`the page refused the catalogue: ${open.error}`);
    result.opened = open.painted ?? null;
    // Without a file input the start-up is the open; the static page shows the built-in rows.
    if (!fileMode && (size.builtIn || kind === 'static')) result.startup = result.opened;

    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    const workers = await step(workerHeapsMB(cdp), left(60_000), 'worker heaps');
    await step(cdp.send('HeapProfiler.collectGarbage'), left(60_000), 'garbage collection');
    const heap = await step(cdp.send('Runtime.getHeapUsage'), left(60_000), 'heap');
    result.workerHeapMB = workers;
    result.heapMB = heap.usedSize / 1e6 + workers;
    await cdp.detach();

    if (kind !== 'static') {
      const searchBox = page.getByRole('searchbox', { name: SEARCH_BOX });
      await step(searchBox.click(), left(INTERACTION_LIMIT_MS), 'focusing the search box');
      for (let i = 0; i < planned.search / 2; i++) {
        await measure('search', 'keydown', () => page.keyboard.press(size.searchKey));
        await measure('search', 'keydown', () => page.keyboard.press('Backspace'));
      }
      const box = page
        .getByRole('group', { name: 'Platform type' })
        .getByRole('checkbox', { name: new RegExp(escapeRegExp(size.filterLabel), 'i') });
      for (let i = 0; i < planned.filter; i++) await measure('filter', 'click', () => box.click());

      const header = page.getByRole('columnheader', { name: /^System\b/ }).first();
      const button = header.getByRole('button');
      const sortTarget = (await button.count()) > 0 ? button.first() : header;
      for (let i = 0; i < planned.sort; i++)
        await measure('sort', 'click', () => sortTarget.click());

      const exportButton = page.getByRole('button', { name: 'Export CSV', exact: true }).first();
      for (let i = 0; i < planned.csv; i++) {
        const download = page.waitForEvent('download', { timeout: left(CSV_LIMIT_MS) });
        download.catch(() => undefined);
        await measure('csv', 'click', () => exportButton.click({ timeout: CSV_LIMIT_MS }));
        const file = await step(download, left(INTERACTION_LIMIT_MS), 'the CSV download');
        const path = await step(file.path(), left(INTERACTION_LIMIT_MS), 'the CSV file');
        result.csvBytes = (await readFile(path)).length;
        await file.delete();
      }
    }
    result.finished = true;
  } catch (error) {
    // Playwright's own timeouts add a call log: the first line says what timed out.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const late =
      error instanceof DidNotFinish || (error instanceof Error && error.name === 'TimeoutError');
    result.note = late ? `did not finish: ${message}` : message;
  } finally {
    await closeContext(bench, context);
  }
  if (kind !== 'static') {
    for (const interaction of Object.keys(planned) as Interaction[]) {
      const samples = result.samples[interaction];
      samples.missed = Math.max(0, planned[interaction] - samples.result.length);
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function describeRun(result: RunResult): string {
  const interactions = (Object.keys(INTERACTIONS) as Interaction[])
    .map((kind) => {
      const values = result.samples[kind].result;
      return values.length > 0 ? `${kind} ${values.map((v) => v.toFixed(0)).join('/')}` : null;
    })
    .filter(Boolean)
    .join(', ');
  return [
    `  ${PAGES[result.page].padEnd(11)} run ${result.run + 1}:`,
    result.opened === null ? 'not painted' : `painted ${formatMs(result.opened)}`,
    result.heapMB === null
      ? ''
      : `heap ${formatMB(result.heapMB)} (workers ${formatMB(result.workerHeapMB ?? 0)})`,
    interactions === '' ? '' : `(ms) ${interactions}`,
    `[${result.seconds.toFixed(0)} s]`,
    result.note ?? '',
  ]
    .filter(Boolean)
    .join('  ');
}

type SizeReport = {
  systems: number;
  origin: string;
  fileMB: number;
  searchKey: string;
  searchMatches: number;
  filterLabel: string;
  filterMatches: number;
  pages: Partial<Record<PageKind, PageSummary>>;
  runs: RunResult[];
};

function sizeTable(report: SizeReport, budgets: readonly Budget[]): string {
  const app = report.pages.app;
  const peer = report.pages.agGrid;
  const still = report.pages.static;
  const startupName = 'start-up (built-in 6) → table painted';
  if (!app || !peer) return '';
  const verdict = (name: string) => {
    const found = budgets.find((b) => b.systems === report.systems && b.figure === name);
    return found ? [found.rule, found.pass ? 'PASS' : 'FAIL'] : ['', ''];
  };
  const head = [
    'figure',
    'app',
    'AG Grid',
    ...(still ? ['static'] : []),
    'app/AG Grid',
    'budget',
    '',
  ];
  const row = (
    name: string,
    pick: (summary: PageSummary) => Figure,
    unit: (value: number) => string,
  ) => [
    name,
    formatFigure(pick(app), unit),
    // The peer has no built-in catalogue: it starts empty.
    name === startupName ? 'n/a' : formatFigure(pick(peer), unit),
    ...(still ? [name === startupName ? formatFigure(pick(still), unit) : ''] : []),
    ratio(pick(app).median, pick(peer).median),
    ...verdict(name),
  ];
  const rows = [
    head,
    ...(still ? [row(startupName, (s) => s.startup, formatMs)] : []),
    row('open → table painted', (s) => s.opened, formatMs),
    row('JS heap after GC (page + workers)', (s) => s.heapMB, formatMB),
    row('  of which in workers', (s) => s.workerHeapMB, formatMB),
  ];
  for (const kind of Object.keys(INTERACTIONS) as Interaction[]) {
    const name =
      kind === 'csv' ? 'CSV click → file handed over' : `${INTERACTIONS[kind]} → result painted`;
    rows.push(row(name, (s) => s.interactions[kind].result, formatMs));
    if (kind !== 'csv') {
      rows.push(
        row(
          `  ${INTERACTIONS[kind]} → next paint`,
          (s) => s.interactions[kind].nextPaint,
          formatMs,
        ),
      );
    }
  }
  return textTable(rows);
}

function checkBudgets(reports: readonly SizeReport[], bundleBytes: number): Budget[] {
  const budgets: Budget[] = [
    budget('bundle', 'initial JS + CSS, gzip', bundleBytes / 1000, 100, '≤ 100 KB'),
  ];
  const medianOf = (summary: PageSummary | undefined, pick: (s: PageSummary) => number | null) =>
    summary ? pick(summary) : null;
  for (const report of reports) {
    const { app, agGrid, static: still } = report.pages;
    const interaction = (kind: Interaction) => (s: PageSummary) =>
      s.interactions[kind].result.median;
    const name = (kind: Interaction) =>
      kind === 'csv' ? 'CSV click → file handed over' : `${INTERACTIONS[kind]} → result painted`;
    const times = (kind: Interaction, factor: number) => {
      const peer = medianOf(agGrid, interaction(kind));
      return budget(
        report.systems,
        name(kind),
        medianOf(app, interaction(kind)),
        peer === null ? null : peer * factor,
        `≤ ${factor}× AG Grid`,
      );
    };
    if (report.systems === 100_000) {
      const peerOpened = medianOf(agGrid, (s) => s.opened.median);
      const peerHeap = medianOf(agGrid, (s) => s.heapMB.median);
      budgets.push(
        budget(
          100_000,
          'open → table painted',
          medianOf(app, (s) => s.opened.median),
          peerOpened === null ? null : peerOpened * 0.8,
          '≤ 0.8× AG Grid',
        ),
        budget(
          100_000,
          'JS heap after GC',
          medianOf(app, (s) => s.heapMB.median),
          peerHeap === null ? null : peerHeap * 2,
          '≤ 2× AG Grid',
        ),
        budget(100_000, name('search'), medianOf(app, interaction('search')), 50, '≤ 50 ms'),
        budget(100_000, name('filter'), medianOf(app, interaction('filter')), 50, '≤ 50 ms'),
        times('sort', 0.5),
        times('csv', 0.8),
      );
    }
    if (report.systems <= 6) {
      const floor = medianOf(still, (s) => s.startup.median);
      budgets.push(
        budget(
          report.systems,
          'start-up (built-in 6) → table painted',
          medianOf(app, (s) => s.startup.median),
          floor === null ? null : floor * 1.3,
          '≤ 1.3× static',
        ),
      );
      for (const kind of Object.keys(INTERACTIONS) as Interaction[]) {
        budgets.push(
          budget(report.systems, name(kind), medianOf(app, interaction(kind)), 16, '≤ 16 ms'),
        );
      }
    }
  }
  return budgets;
}

async function main() {
  const started = performance.now();
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  const loadBefore = load();
  await mkdir(WORK, { recursive: true });
  if (!args['skip-build']) await buildPages();
  const bundle = await initialBundle();
  const stylesheets = bundle.files
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/app/${file}`);

  const server = await startServer(Number(args.port), {
    '/app/': resolve('dist'),
    '/ag-grid/': resolve(WORK, 'ag-grid-dist'),
    '/static/': resolve(WORK, 'static'),
  });
  const bench: Bench = {
    browser: await launch(),
    server,
    probe: await readFile('bench/probe.js', 'utf8'),
    mode: 'fetch',
  };
  const chromiumVersion = bench.browser.version();
  const reports: SizeReport[] = [];
  await mkdir(resolve(WORK, 'static'), { recursive: true });
  await writeFile(
    resolve(WORK, 'static/index.html'),
    staticPage(await builtInCells(), stylesheets),
  );
  try {
    bench.mode =
      args.mode === 'file' || args.mode === 'fetch' ? args.mode : await detectMode(bench);
    console.log(
      `Chromium ${chromiumVersion} (${CHROMIUM}), ${VIEWPORT.width}×${VIEWPORT.height}, ` +
        `${cpus().length} CPUs, load average ${loadBefore}; served from ${server.origin} (gzip)`,
    );
    console.log(
      bench.mode === 'file'
        ? 'The app has an "Open catalogue" file input: both pages open the file through it; times count from its change event.'
        : 'The app has no "Open catalogue" input yet: its catalogue fetches are answered with the catalogue measured (page.route); times count from navigation start.',
    );

    for (const systems of SIZES) {
      const real = systems === 6 && bench.mode === 'fetch';
      const preparing = performance.now();
      const size = await prepareSize(systems, { real, folder: WORK, seed: SEED });
      server.setData(
        new Map([
          ['/data/catalogue.json', await body(size.catalogueJson, 'application/json')],
          ['/data/register.json', await body(size.registerJson, 'application/json')],
        ]),
      );
      const pages: PageKind[] = systems === 6 ? ['app', 'agGrid', 'static'] : ['app', 'agGrid'];
      const runs = systems >= HUGE ? RUNS_HUGE : systems > LARGE ? RUNS_LARGE : RUNS_SMALL;
      console.log(
        `\n${systems.toLocaleString('en')} systems (${size.origin}, ${(size.fileBytes / 1e6).toFixed(1)} MB file, ` +
          `prepared in ${seconds(performance.now() - preparing)}); ${runs} runs per page, alternating. ` +
          `Search key "${size.searchKey}" (${size.searchMatches} rows match), ` +
          `filter "${size.filterLabel}" (${size.filterMatches} rows).`,
      );
      const results: RunResult[] = [];
      let appFailures = 0;
      for (let run = 0; run < runs; run++) {
        const order = run % 2 === 0 ? pages : [...pages].reverse();
        for (const kind of order) {
          if (kind === 'app' && appFailures >= GIVE_UP_AFTER) continue;
          const result = await runOnce(bench, kind, size, run);
          if (kind === 'app') appFailures = result.opened === null ? appFailures + 1 : 0;
          results.push(result);
          console.log(describeRun(result));
        }
      }
      if (appFailures >= GIVE_UP_AFTER) {
        console.log(`  (app: stopped after ${GIVE_UP_AFTER} runs in a row that did not paint)`);
      }
      const report: SizeReport = {
        systems: size.systems,
        origin: size.origin,
        fileMB: size.fileBytes / 1e6,
        searchKey: size.searchKey,
        searchMatches: size.searchMatches,
        filterLabel: size.filterLabel,
        filterMatches: size.filterMatches,
        pages: Object.fromEntries(
          pages.map((kind) => [kind, summarise(results.filter((result) => result.page === kind))]),
        ),
        runs: results,
      };
      reports.push(report);
    }
  } finally {
    await bench.browser.close().catch(() => undefined);
    await server.close();
  }

  const budgets = checkBudgets(reports, bundle.gzipBytes);
  const took = performance.now() - started;
  console.log('\n== Results: medians (n/m: only n of m samples finished) ==');
  for (const report of reports) {
    console.log(
      `\n${report.systems.toLocaleString('en')} systems (${report.origin}, ${report.fileMB.toFixed(1)} MB)`,
    );
    console.log(sizeTable(report, budgets));
  }
  const bundleBudget = budgets[0] as Budget;
  console.log(
    `\nInitial JS + CSS (${bundle.files.join(', ')}): ${(bundle.gzipBytes / 1000).toFixed(1)} KB gzip` +
      `  budget ≤ 100 KB  ${bundleBudget.pass ? 'PASS' : 'FAIL'}`,
  );
  const passed = budgets.filter((b) => b.pass).length;
  console.log(`Budgets: ${passed} of ${budgets.length} pass.`);
  console.log(
    `Whole run: ${(took / 60_000).toFixed(1)} min; load average ${loadBefore} before, ${load()} after.`,
  );

  await mkdir(resolve(args.out, '..'), { recursive: true });
  await writeFile(
    args.out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        cpus: cpus().length,
        loadAverage: { before: loadBefore, after: load() },
        mode: bench.mode,
        minutes: took / 60_000,
        bundle,
        budgets,
        sizes: reports,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${args.out}.`);
}

await main();
