import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { systemNames, TABLE_NAME } from './page-table';

test.describe('the hosted app offline', () => {
  // Every other test blocks service workers (playwright.config.ts) so routes see every request.
  test.use({ serviceWorkers: 'allow' });

  test('reloads and works with no network after a first visit', async ({ page, context }) => {
    await page.goto('./?v=1&type=mbt_apc');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    expect(await systemNames(page)).toEqual(['T-72', 'M113']);

    // Any other view's link opens too, from the cached page and catalogue.
    await page.goto('./?v=1&cmp=t-72_akm&cmpopen=1');
    await expect(page.getByRole('heading', { name: 'Comparing 2 items' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the table' }).click();
    await page.getByRole('checkbox', { name: /assault rifle/i }).check();
    await expect(page.getByText(/platform type is rifle/u)).toBeVisible();
  });
});

test.describe('a page whose script cannot run', () => {
  test('says what happened and what to do instead of a blank page', async ({ page }) => {
    // The hosted build opened from disk: the browser refuses its module script from file://.
    await page.goto(pathToFileURL(resolve('dist/index.html')).href);
    await expect(
      page.getByRole('heading', { name: 'Iraq–Iran equipment commonality' }),
    ).toBeVisible();
    await expect(
      page.getByText("If this message stays, the app's script could not run."),
    ).toBeVisible();
    await expect(page.getByText(/use the single-file version/u)).toBeVisible();
  });

  test('says so when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL ?? '/');
    // Playwright's text queries skip <noscript>, so it is found by its tag.
    const note = page.locator('noscript p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('This app needs JavaScript.');
    await context.close();
  });
});
