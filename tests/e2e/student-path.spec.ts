import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { systemNames, TABLE_NAME } from './page-table';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe("a student's path", () => {
  test('filters to helicopters, opens the Mi-17 and reads a citation', async ({ page, watch }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    expect(await systemNames(page)).toHaveLength(6);

    await page.getByRole('checkbox', { name: /transport helicopter/i }).check();
    await expect(page.getByText(/^1 of 6 systems · platform type is helicopter$/)).toBeVisible();
    expect(await systemNames(page)).toEqual(['Mi-17']);
    await page.screenshot({ path: 'test-results/student-table-1280.png', fullPage: true });
    const tableScan = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(tableScan.violations).toEqual([]);

    await page.getByRole('button', { name: /mi-17.*open details/i }).click();
    const dialog = page.getByRole('dialog', { name: 'Mi-17' });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('heading', { name: /what is a transport helicopter/i }),
    ).toBeVisible();

    await dialog.getByRole('button', { name: /sources for designation, iraqi side/i }).click();
    const citation = dialog.getByRole('group', { name: /sources for designation, iraqi side/i });
    await expect(citation).toContainText('S000');
    await expect(citation).toContainText(/item 4/i);
    await expect(citation).toContainText(/stated/i);
    await page.screenshot({ path: 'test-results/student-detail-1280.png' });

    const detailScan = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(detailScan.violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('does the same by keyboard alone', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('checkbox', { name: /transport helicopter/i }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^1 of 6 systems/)).toBeVisible();

    await page.getByRole('button', { name: /mi-17.*open details/i }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Mi-17' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /sources for ammunition of mi-17/i }).focus();
    await page.keyboard.press('Enter');
    await expect(
      dialog.getByRole('group', { name: /sources for ammunition of mi-17/i }),
    ).toContainText('S000');
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('group', { name: /sources for ammunition/i })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/sys=/);
  });

  test('works at phone width: each system a card, Iraq beside Iran', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('./');
    const table = page.getByRole('table', { name: TABLE_NAME });
    await expect(table).toBeVisible();
    const noSideScroll = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth + 1,
    );
    expect(noSideScroll).toBe(true);
    await page.screenshot({ path: 'test-results/student-table-375.png', fullPage: true });

    // The T-72's Iraqi and Iranian variants both lie on screen, side by side.
    const t72 = page.getByRole('row', { name: /^Compare T-72 / });
    const iraqi = await t72.locator('td.col-iraqiVariant').boundingBox();
    const iranian = await t72.locator('td.col-iranianVariant').boundingBox();
    expect(iraqi && iranian).toBeTruthy();
    for (const box of [iraqi, iranian]) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    expect(iranian!.x).toBeGreaterThanOrEqual(iraqi!.x + iraqi!.width);
    expect(Math.abs(iranian!.y - iraqi!.y)).toBeLessThan(4);

    // On a phone the filters open as a sheet; "Show N systems" counts as boxes are ticked and
    // closes it onto the table.
    const filters = page.getByRole('button', { name: /^Filters/ });
    await filters.click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(filters).toBeFocused();
    await filters.click();
    await sheet.getByRole('checkbox', { name: /^assault rifle/i }).check();
    expect(await new AxeBuilder({ page }).withTags(WCAG).analyze()).toHaveProperty(
      'violations',
      [],
    );
    await sheet.getByRole('button', { name: 'Show 1 system' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Compare AKM' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Filters · 1 on' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();

    await page.getByRole('button', { name: /t-72.*open details/i }).click();
    await expect(page.getByRole('dialog', { name: 'T-72' })).toBeVisible();
    await page.screenshot({ path: 'test-results/student-detail-375.png' });
    const scan = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(scan.violations).toEqual([]);
  });
});
