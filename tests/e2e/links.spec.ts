import { HISTORY_WINDOW_MS } from '../../src/state/history-writer';
import { expect, test } from './fixtures';
import { systemNames, TABLE_NAME, visibleTable } from './page-table';

test.describe('shareable links', () => {
  test('a copied link reopens the same rows in the same order in a fresh browser', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?v=1&cols=full');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('checkbox', { name: /iran makes ammunition|^ammunition/i }).check();
    await page.getByRole('button', { name: /^iraqi variant/i }).click();
    await page.getByRole('button', { name: /^iraqi variant/i }).click();
    await page.getByRole('button', { name: /columns/i }).click();
    await page.getByRole('checkbox', { name: 'Country of origin' }).uncheck();
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('army');
    const expected = await visibleTable(page);
    expect(expected.rows.length).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: /link copied/i })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(baseURL ?? '')).toBe(true);
    expect(link).toContain('q=army');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    expect(await visibleTable(other)).toEqual(expected);
    await expect(other.getByRole('searchbox')).toHaveValue('army');
    await fresh.close();
  });

  test('Back and Forward step through three changes', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    // At a person's pace: changes closer together than the history window make one entry.
    const pause = () => page.waitForTimeout(HISTORY_WINDOW_MS + 50);
    await page.getByRole('checkbox', { name: /main battle tank/i }).check();
    await pause();
    await page.getByRole('checkbox', { name: /armoured personnel carrier/i }).check();
    await pause();
    await page.getByRole('button', { name: /^system/i }).click();
    await pause();
    await page.getByRole('button', { name: /^system/i }).click();
    await expect(page).toHaveURL(/sort=-system/);
    expect(await systemNames(page)).toEqual(['T-72', 'M113']);

    await page.goBack();
    await expect(page).toHaveURL(/sort=system(?!.*-)/);
    expect(await systemNames(page)).toEqual(['M113', 'T-72']);
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await page.goBack();
    await expect(page).toHaveURL(/type=mbt$/);
    expect(await systemNames(page)).toEqual(['T-72']);
    await expect(
      page.getByRole('checkbox', { name: /armoured personnel carrier/i }),
    ).not.toBeChecked();

    await page.goForward();
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/sort=-system/);
    expect(await systemNames(page)).toEqual(['T-72', 'M113']);
  });

  test('typing in search rewrites the current entry instead of adding history', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await page.getByRole('searchbox').pressSequentially('federal', { delay: 40 });
    await expect(page).toHaveURL(/q=federal/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(await systemNames(page)).toEqual(['RPG-7']);
  });

  test('a malformed link shows what was ignored and applies the valid part', async ({
    page,
    watch,
  }) => {
    await page.goto('./?v=1&type=helicopter_tnk&op=%E0%A4%A&__proto__=1&sys=<script>x</script>');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    expect(await systemNames(page)).toEqual(['Mi-17']);
    const notice = page.getByRole('region', { name: /could not be used/i });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('tnk');
    await expect(notice).toContainText('__proto__');
    await expect(page).toHaveURL(/\?v=1&type=helicopter$/);
    await notice.getByRole('button', { name: /dismiss/i }).click();
    await expect(notice).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });
});
