// The app in a hostile environment: requests that hang or fail, a browser that refuses blob URLs
// or the clipboard. Each message must be true and visible.
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const CATALOGUE = /\/catalogue-[^/]*\.json$/u;

test.describe('a slow or failed catalogue request', () => {
  test('one that never answers says it is still loading and offers to try again', async ({
    page,
  }) => {
    let requests = 0;
    await page.route(CATALOGUE, async (route) => {
      requests += 1;
      // The first request is never answered; the one Try again makes goes through.
      if (requests > 1) await route.continue();
    });
    const started = Date.now();
    await page.goto('./');
    await expect(page.getByText('Loading the catalogue…')).toBeVisible();
    const still = page.getByRole('status').filter({ hasText: /still loading the catalogue/i });
    await expect(still).toBeVisible({ timeout: 15_000 });
    const waited = Date.now() - started;
    test.info().annotations.push({ type: 'still-loading after', description: `${waited} ms` });
    console.info(`"still loading" shown ${waited} ms after navigation`);
    expect(waited).toBeLessThan(10_000);

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
  });

  test('a network failure is called a network problem, not a broken file', async ({ page }) => {
    await page.route(CATALOGUE, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('data/catalogue.json');
    await expect(alert).toContainText('This is a network problem, not a fault in the data.');
    await expect(alert).not.toContainText(/until it is fixed/);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});

test.describe('a browser that refuses', () => {
  test('to make a blob URL: Export CSV says so on screen, without a page error', async ({
    page,
    watch,
  }) => {
    await page.addInitScript(() => {
      URL.createObjectURL = () => {
        throw new DOMException('blocked by policy', 'SecurityError');
      };
    });
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /did not allow the download/i }),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: /download started|saved/i }),
    ).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the clipboard: a failed Copy link is shown on screen', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      document.execCommand = () => false;
    });
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const message = page.getByText(/did not allow copying; copy the address bar/i);
    await expect(message).toBeVisible();
    // Not a 1-pixel visually hidden status: a sighted user can read it.
    expect((await message.boundingBox())?.width).toBeGreaterThan(100);
  });
});
