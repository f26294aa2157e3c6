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

  test('works at phone width with the system column pinned', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('./');
    const table = page.getByRole('table', { name: TABLE_NAME });
    await expect(table).toBeVisible();
    const noSideScroll = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth + 1,
    );
    expect(noSideScroll).toBe(true);
    await page.screenshot({ path: 'test-results/student-table-375.png', fullPage: true });

    const region = page.getByRole('region', { name: /^table, scrolls sideways/i });
    await region.evaluate((element) => element.scrollBy({ left: 600 }));
    const systemCell = page.getByRole('rowheader').first();
    const box = await systemCell.boundingBox();
    const regionBox = await region.boundingBox();
    expect(box && regionBox && Math.abs(box.x - regionBox.x) < 3).toBe(true);
    await page.screenshot({ path: 'test-results/student-table-375-scrolled.png' });

    await page.getByRole('button', { name: /t-72.*open details/i }).click();
    await expect(page.getByRole('dialog', { name: 'T-72' })).toBeVisible();
    await page.screenshot({ path: 'test-results/student-detail-375.png' });
    const scan = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(scan.violations).toEqual([]);
  });
});
