// axe-core on every view, at desktop and phone width, in the light and the dark scheme, against
// today's standard: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Violations as "rule: target" lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  // Let the popovers' opening animation finish: axe reads colours mid-fade otherwise.
  await page.waitForTimeout(200);
  // Controls an open popover lies over cannot be used until it closes; axe would count them as
  // crowded targets (target-size). They are left out, and only while a popover covers them.
  await page.evaluate(() => {
    const panels = [...document.querySelectorAll('.popover')].map((panel) =>
      panel.getBoundingClientRect(),
    );
    for (const control of document.querySelectorAll('a, button, input, select, summary')) {
      const box = control.getBoundingClientRect();
      const covered = panels.some(
        (panel) =>
          !control.closest('.popover') &&
          box.left < panel.right &&
          box.right > panel.left &&
          box.top < panel.bottom &&
          box.bottom > panel.top,
      );
      if (covered) control.setAttribute('data-under-popover', '');
    }
  });
  const results = await new AxeBuilder({ page })
    // label-content-name-mismatch (WCAG 2.5.3) is experimental in axe, so off unless named.
    .options({
      runOnly: { type: 'tag', values: TAGS },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .exclude('[data-under-popover]')
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

// A full axe run over the table takes seconds; on a busy 2-core machine, many.
test.describe.configure({ timeout: 90_000 });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 800 } },
] as const;

for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`accessibility at ${size.name} width, ${colorScheme}`, () => {
      test.use({ viewport: size.viewport, colorScheme });

      test('the table has no violations', async ({ page }) => {
        await page.goto('./');
        await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the table with all its columns has no violations', async ({ page }) => {
        await page.goto('./?v=1&cols=full');
        await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the table with a citation popover open has no violations', async ({ page }) => {
        await page.goto('./');
        await page.getByRole('button', { name: 'S000 S005, sources for T-72' }).click();
        await expect(page.getByRole('group', { name: 'Sources for T-72' })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the table with a term definition open has no violations', async ({ page }) => {
        await page.goto('./');
        await page.getByRole('button', { name: 'What “Commonality” means' }).click();
        await expect(page.getByRole('group', { name: 'Commonality level' })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the detail has no violations, with a popover open or not', async ({ page }) => {
        await page.goto('./?v=1&sys=t-72');
        const dialog = page.getByRole('dialog', { name: 'T-72' });
        await expect(dialog).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await dialog
          .getByRole('button', { name: 'S000 S005, sources for designation, Iranian side' })
          .click();
        await expect(
          page.getByRole('group', { name: 'Sources for designation, Iranian side' }),
        ).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the comparison has no violations', async ({ page }) => {
        await page.goto(
          './?v=1&cmp=t-72_m109.iraq.m109-iraq_akm&cmpopen=1&mode=differences&base=akm',
        );
        await expect(page.getByRole('heading', { name: 'Comparing 3 items' })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the filters have no violations, as a sheet on a phone', async ({ page }) => {
        await page.goto('./?v=1&type=rifle');
        if (size.name === 'phone') {
          await page.getByRole('button', { name: 'Filters · 1 on' }).click();
          await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
        }
        await expect(page.getByRole('checkbox', { name: /^Assault rifle/ })).toBeChecked();
        expect(await violations(page)).toEqual([]);
      });

      test('the table with keyboard focus in it has no violations', async ({ page }) => {
        await page.goto('./');
        await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: 'Skip to the table' })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('checkbox', { name: 'Compare T-72' })).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('button', { name: /^T-72\s*: open details$/ })).toBeFocused();
        await expect(page.getByText(/arrow keys move between cells/)).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the glossary has no violations', async ({ page }) => {
        await page.goto('./?v=1&gloss=1&term=sph');
        await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}
