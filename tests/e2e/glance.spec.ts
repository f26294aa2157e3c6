// The first screen compares: at 1280 × 800 every built-in system with both variants and what Iran
// can supply, with no scrolling; on a phone the first system's variants; Compare is a labelled
// control; a phone's comparison marks rows for the items it shows.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const SYSTEMS = ['T-72', 'M109', 'M113', 'Mi-17', 'RPG-7', 'AKM'];

/** The box lies wholly inside the window as it first opens, with no scrolling. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what}: no box`);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height);
}

const row = (page: Page, name: string) =>
  page
    .getByRole('table', { name: TABLE_NAME })
    .getByRole('row')
    .filter({
      has: page.getByRole('button', {
        name: new RegExp(`^${name.replace('.', '\\.')}\\s?: open details$`),
      }),
    });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the first screen, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('at 1280 × 800 shows every system, both variants and what Iran can supply, with no scrolling', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('./');
      await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
      for (const name of SYSTEMS) {
        const cells = row(page, name);
        await expect(cells).toHaveCount(1);
        for (const column of [
          'col-system',
          'col-iraqiVariant',
          'col-iranianVariant',
          'col-supply',
        ]) {
          await expectOnFirstScreen(page, cells.locator(`.${column}`), `${name} ${column}`);
        }
      }
      const sideways = await page.evaluate(() => {
        const box = document.querySelector('.table-scroll');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          table: box ? box.scrollWidth - box.clientWidth : -1,
        };
      });
      expect(sideways).toEqual({ page: 0, table: 0 });
      await page.screenshot({ path: `test-results/glance-1280-${colorScheme}.png` });
    });

    test('at 375 × 667 shows the T-72 with its Iraqi and Iranian variants', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto('./');
      const t72 = row(page, 'T-72');
      await expectOnFirstScreen(page, t72.getByText('T-72M1', { exact: true }), 'T-72M1');
      await expectOnFirstScreen(page, t72.getByText('T-72S', { exact: true }), 'T-72S');
      await page.screenshot({ path: `test-results/glance-375-${colorScheme}.png` });
    });
  });
}

test('the compare control says Compare and is at least 24 px each way, at both widths', async ({
  page,
}) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    const control = page.locator('.compare-toggle').first();
    await expect(control).toHaveText('Compare');
    await expect(control).toBeVisible();
    const box = await control.boundingBox();
    expect(box?.width, `${width} px`).toBeGreaterThanOrEqual(24);
    expect(box?.height, `${width} px`).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('checkbox', { name: 'Compare T-72' })).toBeVisible();
  }
});

test('the all-columns view is one choice away and kept in the link', async ({ page }) => {
  await page.goto('./');
  // The header row under the group row: one header per column.
  const headers = page.locator('.systems-table thead tr:last-child th');
  await expect(headers).toHaveCount(5);
  await page.getByRole('radio', { name: /^All columns/ }).check();
  await expect(headers).toHaveCount(17);
  await expect(page).toHaveURL(/cols=full/);
  await page.reload();
  await expect(headers).toHaveCount(17);
});

test('a three-item comparison on a phone never marks "differs" over the identical cells it shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  // M109, M113 and Mi-17: each pair agrees on some attributes the three do not all share.
  await page.goto('./?v=1&cmp=m109_m113_mi-17&cmpopen=1');
  await expect(page.getByRole('heading', { name: 'Comparing 3 items' })).toBeVisible();
  const marked = () =>
    page.locator('.compare-table tbody tr:has(.diff-tag)').evaluateAll((rows) =>
      rows.map((tr) => ({
        tag: tr.querySelector('.diff-tag')?.textContent ?? '',
        // The cells a person sees: those the phone does not page away.
        cells: [...tr.querySelectorAll('td')]
          .filter((cell) => getComputedStyle(cell).display !== 'none')
          .map((cell) => {
            const clone = cell.cloneNode(true) as Element;
            clone.querySelectorAll('.citation, .baseline-diff').forEach((node) => node.remove());
            return (clone.textContent ?? '').trim();
          }),
      })),
    );
  let sameShown = 0;
  for (const page_ of [0, 1]) {
    if (page_ === 1) await page.getByRole('button', { name: 'Show next item' }).click();
    const rows = await marked();
    expect(rows.length).toBeGreaterThan(0);
    for (const { tag, cells } of rows) {
      expect(cells).toHaveLength(2);
      expect(tag, cells.join(' | ')).toBe(cells[0] === cells[1] ? 'same' : 'differs');
      if (cells[0] === cells[1]) sameShown += 1;
    }
  }
  // The check saw identical pairs that differ across all three.
  expect(sameShown).toBeGreaterThan(0);
  await expect(page.getByText(/marks compare these two/u)).toBeVisible();
});
