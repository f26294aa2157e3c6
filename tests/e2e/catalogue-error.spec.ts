import { expect, test } from './fixtures';

test.describe('a broken catalogue', () => {
  test('shows an error screen naming the file, the path and the problem', async ({ page }) => {
    await page.route(/\/catalogue-[^/]*\.json$/u, async (route) => {
      const response = await route.fetch();
      const catalogue = (await response.json()) as { systems: { platformType: string }[] };
      const first = catalogue.systems[0];
      if (first) first.platformType = 'spaceship';
      await route.fulfill({ response, json: catalogue });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: /could not be loaded/i })).toBeVisible();
    await expect(alert).toContainText('data/catalogue.json');
    await expect(alert).toContainText('systems[0].platformType');
    await expect(alert).toContainText('spaceship');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('says so when the file is not valid JSON', async ({ page }) => {
    await page.route(/\/sources-[^/]*\.json$/u, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1,' }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('seeds/sources.json');
    await expect(alert).toContainText(/json/i);
  });
});
