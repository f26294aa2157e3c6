// What the first view does not show comes in chunks of its own (issue 22): each is fetched when it
// is first used, over a slow network, and still shows its content; when the page is idle, the
// rest are fetched ahead. Requests are counted, never timed: the network is slowed only so that
// a view opened before its chunk arrives is exercised.
import type { Page } from '@playwright/test';
import { writeCatalogue } from './catalogue-files';
import { expect, test } from './fixtures';

const SLOW_SCRIPT_MS = 500;

/** A chunk's file, `name-<8 character hash>.js`: `comparison` is not `comparison-text`. */
const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]{8}\\.js$`, 'u');

type Idle = { idleWork: (() => void)[] };

/**
 * A page whose scripts arrive slowly and which never goes idle unless told to (a busy phone), so
 * every later part is fetched on first use; `requested` lists each script the page asked for.
 */
async function slowPage(page: Page) {
  await page.addInitScript(() => {
    const idle = window as unknown as Idle;
    idle.idleWork = [];
    window.requestIdleCallback = (work) =>
      idle.idleWork.push(() => work({ didTimeout: false, timeRemaining: () => 50 }));
    window.cancelIdleCallback = () => undefined;
  });
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) requested.push(request.url());
  });
  await page.route(/\/assets\/[^/]+\.js$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_SCRIPT_MS));
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'All 6 systems' })).toBeVisible();
  const fetched = (name: string) => requested.some((url) => chunk(name).test(url));
  return { fetched, requested };
}

test.describe('parts loaded when first used, over a slow network', () => {
  test('the comparison: fetched when it opens, and shown whole', async ({ page, watch }) => {
    const { fetched } = await slowPage(page);
    expect(fetched('comparison')).toBe(false);
    for (const name of ['T-72', 'M109']) {
      await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
    }
    expect(fetched('comparison')).toBe(false);
    await page
      .getByRole('region', { name: 'Compare tray' })
      .getByRole('button', { name: 'Compare 2 items' })
      .click();
    await expect(page.getByRole('heading', { name: 'Comparing 2 items' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /^Commonality/u })).toBeVisible();
    expect(fetched('comparison')).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the detail: fetched when a system is opened, and shown whole', async ({ page, watch }) => {
    const { fetched } = await slowPage(page);
    expect(fetched('detail')).toBe(false);
    await page.getByRole('button', { name: /T-72/u }).first().click();
    const dialog = page.getByRole('dialog', { name: 'T-72' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('table').first()).toContainText('T-72M1');
    expect(fetched('detail')).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the glossary: fetched when it opens, and searchable', async ({ page, watch }) => {
    const { fetched } = await slowPage(page);
    expect(fetched('glossary-dialog')).toBe(false);
    await page.getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.getByRole('searchbox', { name: 'Search the glossary' }).fill('SPH');
    await expect(glossary.getByRole('term').first()).toHaveText('Self-propelled howitzer (SPH)');
    expect(fetched('glossary-dialog')).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('print: the Print button prints the whole view, header and sources, with no chunk to wait for', async ({
    page,
    watch,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        // What the print dialog would lay out.
        window.dispatchEvent(new Event('beforeprint'));
      };
    });
    const { requested } = await slowPage(page);
    const before = requested.length;
    await page.getByRole('button', { name: 'Print' }).click();
    // Printing at once, before any idle time (Ctrl+P, a PDF made straight away), must find the
    // printed header and notes there: they stay in the first load.
    await expect(page.getByText('This view:', { exact: false })).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Sources cited' })).toBeAttached();
    expect(requested.slice(before)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test("export: the table's CSV writer is fetched on the first press", async ({ page }) => {
    const { fetched } = await slowPage(page);
    expect(fetched('export')).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/u);
    expect(fetched('export')).toBe(true);
  });

  test('opening a file: its reader and checks are fetched only when a file is opened', async ({
    page,
  }) => {
    const { fetched } = await slowPage(page);
    expect(fetched('open-protocol')).toBe(false);
    expect(fetched('catalogue-worker')).toBe(false);
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(await writeCatalogue(8));
    await expect(page.getByText('All 8 systems')).toBeVisible({ timeout: 30_000 });
    // In a worker the reader is the worker's own copy; on the page it is this chunk.
    expect(fetched('open-protocol') || fetched('catalogue-worker')).toBe(true);
  });

  test('when the page is idle, the parts not yet used are fetched ahead', async ({ page }) => {
    const { fetched } = await slowPage(page);
    const later = ['comparison', 'detail', 'glossary-dialog', 'csv', 'copy-table'];
    expect(later.filter(fetched)).toEqual([]);
    await page.evaluate(() => {
      for (const work of (window as unknown as Idle).idleWork.splice(0)) work();
    });
    await expect.poll(() => later.filter(fetched)).toEqual(later);
  });
});
