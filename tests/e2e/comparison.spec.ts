import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function openComparison(page: Page) {
  await page.goto('./');
  for (const name of ['T-72', 'M109', 'AKM']) {
    await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
  }
  const tray = page.getByRole('region', { name: 'Compare tray' });
  await expect(tray.getByRole('listitem')).toHaveText([
    /T-72 \(system\)/,
    /M109 \(system\)/,
    /AKM \(system\)/,
  ]);
  await tray.getByRole('button', { name: 'Compare 3 items' }).click();
  await expect(page.getByRole('heading', { name: 'Comparing 3 items' })).toBeFocused();
}

const shownAttributes = (page: Page) =>
  page
    .getByRole('rowheader')
    .evaluateAll((cells) =>
      cells.map((cell) => (cell.textContent ?? '').replace(/ (differs|same)$/u, '')),
    );

test.describe('comparing items side by side', () => {
  test('shows only the differences between three systems, with no accessibility violations', async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openComparison(page);

    await page.getByRole('radio', { name: 'Differences only' }).check();
    await expect(page).toHaveURL(/mode=differences/);
    const differences = await shownAttributes(page);
    expect(differences).toEqual(
      expect.arrayContaining(['System', 'Platform type', 'Designation', 'Commonality']),
    );
    expect(differences).not.toContain('Country');
    expect(differences).not.toContain('Adapted weapons');

    await page.getByRole('button', { name: 'Use M109 as baseline' }).click();
    await expect(page.getByRole('button', { name: 'Use M109 as baseline' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByText('differs from baseline').first()).toBeVisible();

    await page.screenshot({ path: 'test-results/compare-1280.png' });

    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/compare-1280-dark.png' });
    const dark = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(dark.violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('keeps the comparison in the link', async ({ page }) => {
    await openComparison(page);
    await page.getByRole('button', { name: 'Move AKM left' }).click();
    await page.getByRole('radio', { name: 'Similarities only' }).check();
    // Changes closer together than the history window reach the address once they pause.
    await expect(page).toHaveURL(/mode=similarities/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Comparing 3 items' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Similarities only' })).toBeChecked();
    await expect(page.getByRole('columnheader')).toHaveText([
      'Attribute',
      /T-72 \(system\)/,
      /AKM \(system\)/,
      /M109 \(system\)/,
    ]);
  });

  test('shows two items at a time on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openComparison(page);

    const visibleItems = page.locator('.compare-table thead th.compare-item:visible');
    await expect(visibleItems).toHaveText([/T-72 \(system\)/, /M109 \(system\)/]);
    await expect(page.getByText('Showing 1–2 of 3')).toBeVisible();
    await page.getByRole('heading', { name: 'Comparing 3 items' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/compare-375.png' });
    await page.locator('.compare-view').screenshot({ path: 'test-results/compare-375-view.png' });

    await page.getByRole('button', { name: 'Show next item' }).click();
    await expect(visibleItems).toHaveText([/M109 \(system\)/, /AKM \(system\)/]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);
  });
});
