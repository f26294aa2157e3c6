import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { systemNames, TABLE_NAME } from './page-table';
import { writeCatalogue } from './catalogue-files';

const DIR = resolve('dist-single');
const FILE = pathToFileURL(resolve(DIR, 'iraq-iran-commonality.html')).href;

test.describe('the single file, opened from disk with no network', () => {
  test.beforeEach(async ({ context }) => {
    // Nothing but the file itself: every other request fails, as on a closed network.
    await context.route('**', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
  });

  test('is one HTML file whose policy allows only its own inlined code', async () => {
    expect(readdirSync(DIR)).toEqual(['iraq-iran-commonality.html']);
    const html = await readFile(resolve(DIR, 'iraq-iran-commonality.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1];
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/u);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*stylesheet/u);
    expect(html).not.toContain('serviceWorker.register');
  });

  test('shows six systems, filters, exports CSV and reopens its own links', async ({
    page,
    context,
    watch,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(FILE);
    const table = page.getByRole('table', { name: TABLE_NAME });
    await expect(table).toBeVisible();
    expect(await systemNames(page)).toHaveLength(6);

    await page.getByRole('checkbox', { name: /main battle tank/i }).check();
    await expect(page.getByText('1 of 6 systems · platform type is tank')).toBeVisible();
    expect(await systemNames(page)).toEqual(['T-72']);
    await expect(page).toHaveURL(`${FILE}?v=1&type=mbt`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^iraq-iran-commonality_tank_.*\.csv$/u);
    expect(await readFile(await download.path(), 'utf8')).toContain('T-72');

    await page.getByRole('button', { name: /T-72/u }).first().click();
    await expect(page.getByRole('dialog', { name: 'T-72' })).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();

    // Copy link gives a file: address with the view's query string, which reopens the view.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Link copied ✓' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${FILE}?v=1&type=mbt`);
    const reopened = await context.newPage();
    await reopened.goto(link);
    expect(await systemNames(reopened)).toEqual(['T-72']);

    expect(requests.filter((url) => !/^(file|blob|data):/u.test(url))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('opens a catalogue file from disk, read in a worker started from the page', async ({
    page,
    watch,
  }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(FILE);
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page
      .getByLabel('Open catalogue', { exact: true })
      .setInputFiles(await writeCatalogue(12));
    await expect(page.getByText('Drill catalogue of 12')).toBeVisible();
    await expect(page.getByText('All 12 systems')).toBeVisible();
    // The worker's code is in the page: it starts from a blob: URL, not from a second file.
    expect(workers).toEqual([expect.stringMatching(/^blob:/u)]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('prints with its file: link in the header', async ({ page }) => {
    await page.goto(`${FILE}?v=1&sys=t-72`);
    await expect(page.getByRole('dialog', { name: 'T-72' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(
      page.getByRole('dialog').getByText(`This view: ${FILE}?v=1&sys=t-72`),
    ).toBeVisible();
  });
});
