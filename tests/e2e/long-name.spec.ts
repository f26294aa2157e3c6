// An unbroken 200-character name (no space to break at) must not widen the system column past
// the window, in the table or in the detail (issue 23's leftover).
import { writeEditedCatalogue } from './catalogue-files';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const NAME = `T72${'X'.repeat(197)}`;

for (const size of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test(`an unbroken 200-character name wraps inside a ${size.width} × ${size.height} window`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const path = await writeEditedCatalogue('long-name.json', 'Long name', (system) => {
      system.name = NAME;
    });
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText('Long name')).toBeVisible({ timeout: 60_000 });
    const name = page.getByRole('button', { name: new RegExp(`^${NAME}\\s*: open details$`) });
    await expect(name).toBeVisible();

    const sideways = () =>
      page.evaluate(() => {
        const box = document.querySelector('.table-scroll');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          table: window.innerWidth >= 1280 && box ? box.scrollWidth - box.clientWidth : 0,
        };
      });
    await page.screenshot({ path: `test-results/long-name-table-${size.width}.png` });
    // The phone's cards never scroll sideways; the wide table has room for every column.
    expect(await sideways()).toEqual({ page: 0, table: 0 });
    const cell = await name.boundingBox();
    expect(cell?.width ?? Infinity).toBeLessThanOrEqual(size.width);

    await name.click();
    const dialog = page.getByRole('dialog', { name: NAME });
    await expect(dialog).toBeVisible();
    const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `test-results/long-name-detail-${size.width}.png` });
  });
}
