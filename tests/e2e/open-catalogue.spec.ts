// Opening analysts' own catalogues in Chromium: a 10,000-system file through the file input, a
// broken file, and a link made on an opened file followed without it.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { writeCatalogue, writeTempFile } from './catalogue-files';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const SYSTEMS = 10_000;

test.describe('opening a catalogue', () => {
  test('opens 10,000 systems, filters, searches, sorts, scrolls to the end and exports them', async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    const path = await writeCatalogue(SYSTEMS);
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText(`Drill catalogue of ${SYSTEMS}`)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('All 10,000 systems')).toBeVisible();
    const table = page.getByRole('table', { name: TABLE_NAME });
    await expect(table).toHaveAttribute('aria-rowcount', String(SYSTEMS + 2));
    expect(await table.locator('tbody tr:not(.spacer-row)').count()).toBeLessThan(100);

    await page.getByRole('checkbox', { name: /^assault rifle/i }).check();
    await expect(page.getByText(/^1,666 of 10,000 systems/)).toBeVisible();
    await page.getByRole('checkbox', { name: /^assault rifle/i }).uncheck();

    await page.getByRole('searchbox', { name: /search names/i }).fill('AKM 9995');
    await expect(page.getByText(/^1 of 10,000 systems/)).toBeVisible();
    await page.getByRole('searchbox', { name: /search names/i }).fill('');

    await page.getByRole('button', { name: /^System/ }).click();
    await page.getByRole('button', { name: /^System/ }).click();
    const last = page.getByRole('region', { name: /^table, scrolls/i });
    await last.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    // Sorted descending by name, the end of the table holds the smallest names.
    await expect(page.getByRole('button', { name: /^AKM 5\s*: open details$/ })).toBeVisible();
    const lastRow = table.locator('tbody tr[aria-rowindex]').last();
    await expect(lastRow).toHaveAttribute('aria-rowindex', String(SYSTEMS + 2));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(SYSTEMS + 1);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a broken file gets a clear error and the table already there stays', async ({ page }) => {
    const path = await writeTempFile(
      'broken.json',
      '{"kind": "iraq-iran-commonality-catalogue", "version": 1, "title": ',
    );
    await page.goto('./?v=1&type=rifle');
    await expect(page.getByRole('button', { name: /^AKM\s*: open details$/ })).toBeVisible();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    const alert = page.getByRole('alert', { name: /could not be opened/ });
    await expect(alert).toContainText('is not valid JSON');
    await expect(page.getByText('Built-in catalogue')).toBeVisible();
    await expect(page.getByRole('button', { name: /^AKM\s*: open details$/ })).toBeVisible();
    await expect(page).toHaveURL(/\?v=1&type=rifle$/);
  });

  test('a reader that never answers is given up with Try again, and the table stays', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    // The worker script is replaced by one that takes the file and never replies.
    let hung = true;
    await page.route(/\/assets\/catalogue-worker-[\w-]+\.js$/u, (route) =>
      hung
        ? route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' })
        : route.continue(),
    );
    await page.goto('./?v=1&type=rifle');
    await page
      .getByLabel('Open catalogue', { exact: true })
      .setInputFiles(await writeCatalogue(12));
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    const alert = page.getByRole('alert', { name: /could not be opened/ });
    // The watchdog's limit for a small file is ten seconds of silence.
    await expect(alert).toContainText('stopped answering', { timeout: 20_000 });
    await expect(page.getByText('Built-in catalogue')).toBeVisible();
    await expect(page.getByRole('button', { name: /^AKM\s*: open details$/ })).toBeVisible();

    hung = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Drill catalogue of 12')).toBeVisible();
  });

  test('a link made on an opened file says which file to open, then shows its view', async ({
    page,
  }) => {
    const path = await writeCatalogue(12);
    await page.goto('./');
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText('Drill catalogue of 12')).toBeVisible();
    await page.getByRole('checkbox', { name: /^assault rifle/i }).check();
    // A change within the history window of the previous one reaches the address once they pause.
    await expect(page).toHaveURL(/\?v=1&cat=[0-9a-f]{12}&catfile=drill-12\.json&type=rifle$/);
    const link = page.url();

    await page.goto('about:blank');
    await page.goto(link);
    const held = page.getByRole('alert', { name: /a catalogue you open from a file/ });
    await expect(held).toContainText(/drill-12\.json/);
    await expect(page.getByText('All 6 systems')).toBeVisible();
    await held.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText(/^2 of 12 systems/)).toBeVisible();
    await expect(held).toBeHidden();
  });
});
