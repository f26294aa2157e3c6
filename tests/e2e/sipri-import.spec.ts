// Opening a SIPRI trade-register export in Chromium: a synthetic file of 30,000 deals in SIPRI's
// format (Windows-1252, notes, header, quoted comments with line breaks) through the file input,
// then a file that is not an export, which is refused while the table already there stays.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { syntheticSipriText, windows1252 } from '../support/sipri-export';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const DEALS = 30_000;

test.describe('opening a SIPRI trade register', () => {
  let dir = '';
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sipri-e2e-'));
  });
  test.afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('opens 30,000 deals, shows a system in common and its detail, exports it, and keeps it when a broken file is refused', async ({
    page,
    watch,
  }, testInfo) => {
    test.setTimeout(120_000);
    const path = join(dir, 'sipri_trade_register.csv');
    await writeFile(path, windows1252(syntheticSipriText(DEALS)));
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();

    const started = Date.now();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    const summary = page.getByRole('region', {
      name: /^SIPRI trade register, generated 13 Mar 2025: 30,002 deals read; Iraq in 601, Iran in 601; 8 systems in common$/,
    });
    await expect(summary).toBeVisible({ timeout: 60_000 });
    // Reported, not asserted: the time from choosing the file to the summary on screen.
    testInfo.annotations.push({ type: 'open-ms', description: String(Date.now() - started) });
    await expect(summary).toContainText('Every record in the file was read.');
    await expect(page.getByText('(sipri_trade_register.csv)')).toBeVisible();

    await page.getByRole('searchbox', { name: /search names/i }).fill('T-72');
    await page.getByRole('button', { name: /^T-72\s*: open details$/ }).click();
    const detail = page.getByRole('dialog', { name: /T-72/ });
    await expect(detail).toContainText('Iraq (branch not given)');
    await expect(detail).toContainText('Iran (branch not given)');
    await expect(detail).toContainText(/ordered \d{4}\?/);
    await page.keyboard.press('Escape');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[0])).toContain('T-72');

    const broken = join(dir, 'cut-short.csv');
    await writeFile(broken, syntheticSipriText(3).slice(0, 300));
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(broken);
    const alert = page.getByRole('alert', { name: 'cut-short.csv could not be opened' });
    await expect(alert).toContainText('not a SIPRI trade-register export');
    await expect(page.getByText('(sipri_trade_register.csv)')).toBeVisible();
    await expect(page.getByRole('button', { name: /^T-72\s*: open details$/ })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test("filters by the export's own platform types, and its link reopens that view on the file", async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    const path = join(dir, 'sipri_types.csv');
    await writeFile(path, windows1252(syntheticSipriText(2_000)));
    await page.goto('./');
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText('(sipri_types.csv)')).toBeVisible({ timeout: 60_000 });

    // SIPRI's word for the class, declared by the export, not the built-in "Main battle tank".
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await expect(filters.getByRole('checkbox', { name: /^Main battle tank/ })).toHaveCount(0);
    await filters.getByRole('checkbox', { name: /^Tank\b/ }).check();
    const sentence = page.getByText(/^\d+ of \d+ systems · platform type is tank$/);
    await expect(sentence).toBeVisible();
    const shown = await sentence.textContent();
    await expect(page).toHaveURL(/\?v=1&cat=[0-9a-f]{12}&catfile=sipri_types\.csv&type=mbt$/);
    const link = page.url();

    await page.goto('about:blank');
    await page.goto(link);
    const held = page.getByRole('alert', { name: /a catalogue you open from a file/ });
    await expect(held).toContainText('sipri_types.csv');
    await held.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText(shown ?? '-', { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(
      page
        .getByRole('complementary', { name: 'Filters' })
        .getByRole('checkbox', { name: /^Tank\b/ }),
    ).toBeChecked();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('where no worker can start, the page loads the reader only when an export is opened', async ({
    page,
    watch,
  }) => {
    await page.addInitScript(() => {
      // As on a page that cannot start workers: the file is read on the page itself.
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    const reader = /\/read-trade-register-[^/]*\.js$/u;
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (reader.test(new URL(request.url()).pathname)) loaded.push(request.url());
    });
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    expect(loaded).toEqual([]);

    const path = join(dir, 'small_trade_register.csv');
    await writeFile(path, windows1252(syntheticSipriText(300)));
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(
      page.getByRole('region', { name: /^SIPRI trade register, generated .*: 302 deals read;/ }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('(small_trade_register.csv)')).toBeVisible();
    expect(loaded).toHaveLength(1);
    expect(watch.consoleErrors).toEqual([]);
  });
});
