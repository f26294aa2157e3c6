import { expect, test } from './fixtures';
import { systemNames, TABLE_NAME } from './page-table';

test.describe('the glossary', () => {
  test('opens from its button in the header, finds a term and keeps it in the link', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect(glossary).toBeVisible();
    await expect(page).toHaveURL(/\?v=1&gloss=1$/);
    const search = glossary.getByRole('searchbox', { name: 'Search the glossary' });
    await expect(search).toBeFocused();
    await search.fill('SPH');
    await expect(glossary.getByRole('term').first()).toHaveText('Self-propelled howitzer (SPH)');
    await glossary.getByRole('link', { name: 'Self-propelled howitzer (SPH)' }).click();
    await expect(page).toHaveURL(/\?v=1&gloss=1&term=sph$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?v=1&gloss=1$/);
    await page.keyboard.press('Escape');
    await expect(glossary).toBeHidden();
    await expect(page.getByRole('button', { name: 'Glossary' })).toBeFocused();
  });

  test('is reached by search: "SPH" finds the M109 and its glossary entry', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('searchbox', { name: /search names/i }).fill('SPH');
    await expect.poll(() => systemNames(page)).toEqual(['M109']);
    await page.getByRole('button', { name: 'Self-propelled howitzer (SPH)' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    const entry = glossary.locator('#glossary-sph');
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
  });

  test('"APC" finds the M113', async ({ page }) => {
    await page.goto('./?v=1&q=APC');
    await expect.poll(() => systemNames(page)).toEqual(['M113']);
  });

  test('a shared link opens at the entry', async ({ page }) => {
    await page.goto('./?v=1&gloss=1&term=irgc-af');
    const entry = page.getByRole('dialog', { name: 'Glossary' }).locator('#glossary-irgc-af');
    await expect(entry).toBeFocused();
    await expect(entry).toContainText('aerospace force');
  });
});
