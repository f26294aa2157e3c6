import AxeBuilder from '@axe-core/playwright';
import { SUBPATH, SUBPATH_PORT } from './servers';
import { expect, test } from './fixtures';

test.describe('the built app', () => {
  test('loads under its content security policy with no errors and no foreign requests', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await expect(
      page.getByRole('heading', { level: 1, name: /iraq–iran equipment commonality/i }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /iraqi and iranian variants/i })).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(0);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('has no WCAG 2.1 A/AA violations on first load', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: /iraqi and iranian variants/i })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('works when served from a sub-path', async ({ page, watch }) => {
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`);
    await expect(page.getByRole('table', { name: /iraqi and iranian variants/i })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });
});
