// A valid catalogue whose text runs to 20 MB, and one whose id does: the page stays usable. The
// screen draws the start of such a text and says how much is left; the error quotes the start of
// such a value and its size (issue 24, B1 and B5).
import { writeEditedCatalogue } from './catalogue-files';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const HUGE = 20 * 1024 * 1024;
/** What the screen draws of a text, and of a name (src/domain/view/screen-text.ts). */
const DRAWN = 1000;
const DRAWN_NAME = 200;
const more = (characters: number) => `… (${characters.toLocaleString('en')} characters more)`;

test.describe('a 20 MB text in a catalogue', () => {
  test('a 20 MB name and summary open; the screen draws their start with a mark and the page answers', async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    const name = `${'A'.repeat(HUGE - 6)} T-72X`;
    const path = await writeEditedCatalogue('huge-name.json', 'Huge name', (system) => {
      system.name = name;
      system.summary = 'S'.repeat(HUGE);
    });
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    await expect(page.getByText('Huge name')).toBeVisible({ timeout: 60_000 });

    const mark = more(HUGE - DRAWN_NAME);
    const table = page.getByRole('table', { name: TABLE_NAME });
    const systemButton = table.getByRole('button', { name: /characters more\)\s*: open details$/ });
    await expect(systemButton).toContainText(mark);
    const drawn = await page.evaluate(() => document.body.textContent.length);
    expect(drawn).toBeLessThan(200_000);

    // The page answers: the search box takes what is typed and the table follows it. The search
    // still reads the whole name, whose end is past what the screen draws.
    const search = page.getByRole('searchbox', { name: /search names/i });
    await search.fill('T-72X');
    await expect(search).toHaveValue('T-72X');
    await expect(page.getByText(/^1 of 6 systems/)).toBeVisible();
    await search.fill('');
    await expect(page.getByText(/^All 6 systems/)).toBeVisible();

    await systemButton.click();
    const detail = page.getByRole('dialog');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(mark);
    await expect(detail.locator('.detail-summary')).toContainText(more(HUGE - DRAWN));
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();

    await table.getByRole('checkbox', { name: `Compare ${'A'.repeat(DRAWN_NAME)}${mark}` }).check();
    await table.getByRole('checkbox', { name: 'Compare M113' }).check();
    const tray = page.getByRole('region', { name: 'Compare tray' });
    await tray.getByRole('button', { name: 'Compare 2 items' }).click();
    const comparison = page.getByRole('region', { name: 'Comparing 2 items' });
    // The column header names the item: the name and " (system)", 9 characters more.
    const header = comparison
      .getByRole('columnheader')
      .filter({ hasText: more(HUGE + 9 - DRAWN_NAME) });
    await expect(header).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a 20 MB id is refused with its start and its size, and the page answers', async ({
    page,
    watch,
  }) => {
    const path = await writeEditedCatalogue('huge-id.json', 'Huge id', (system) => {
      system.id = 'A'.repeat(HUGE);
    });
    await page.goto('./?v=1&type=rifle');
    await expect(page.getByRole('button', { name: /^AKM\s*: open details$/ })).toBeVisible();
    await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
    // Within the expect's own wait: the worker reads and checks 20 MB in about a second.
    const alert = page.getByRole('alert', { name: 'huge-id.json could not be opened' });
    await expect(alert).toContainText('(20,971,520 characters)');
    expect((await alert.textContent())?.length ?? 0).toBeLessThan(2_000);

    const search = page.getByRole('searchbox', { name: /search names/i });
    await search.fill('AK');
    await expect(search).toHaveValue('AK');
    await expect(page.getByRole('button', { name: /^AKM\s*: open details$/ })).toBeVisible();
    await expect(page.getByText('Built-in catalogue')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });
});
