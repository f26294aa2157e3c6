import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { TABLE_NAME, visibleTable } from './page-table';

/**
 * The header a file gives a column: the one on screen, led by the group above it where the group
 * would otherwise be lost ("Iran can supply: Ammunition"); Iraq's and Iran's headers name it.
 */
const PREFIX_OF_GROUP: Record<string, string> = {
  'What Iran can supply': 'Iran can supply',
  'General reference': 'General reference',
  Assessment: 'Assessment',
};
const fileHeader = (shown: { header: string[]; groups: string[] }) =>
  shown.header.map((header, index) => {
    const prefix = PREFIX_OF_GROUP[shown.groups[index] ?? ''];
    return prefix ? `${prefix}: ${header}` : header;
  });

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    // The full column set: the test hides a column the glance set does not have.
    await page.goto('./?v=1&cols=full');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    await page.getByRole('checkbox', { name: /main battle tank/i }).check();
    await page.getByRole('checkbox', { name: /armoured personnel carrier/i }).check();
    await page.getByRole('checkbox', { name: /assault rifle/i }).check();
    await page.getByRole('button', { name: /^commonality/i }).click();
    await page.getByRole('button', { name: /columns/i }).click();
    await page.getByRole('checkbox', { name: 'Iraqi operator' }).uncheck();
    await page.keyboard.press('Escape');
  });

  test('downloads exactly the rows, order, columns and headers on screen, with a BOM', async ({
    page,
  }) => {
    const shown = await visibleTable(page);
    expect(shown.header).not.toContain('Iraqi operator');
    expect(shown.rows).toHaveLength(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^iraq-iran-commonality_tank-apc-rifle_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const [header, ...rows] = parse(text);
    expect(shown.groups).toContain('What Iran can supply');
    expect(header).toEqual([...fileHeader(shown), 'Sources', 'Grade and evidence']);
    expect(header).toContain('Iran can supply: Ammunition');
    expect(rows.map((row) => row.slice(0, -2))).toEqual(shown.rows);
    for (const row of rows) {
      expect(row.at(-2)).toMatch(/^S000 \(Uskowi on Iran, Feb 2014\) item \d/);
      expect(row.at(-1)).toMatch(
        /^Assessment: Commonality: C3, [^;]+; Iraqi variant: [A-F][1-6](\/[A-F][1-6])*, stated; /,
      );
    }
    await expect(
      page.getByRole('status').filter({ hasText: /^download started: 3 rows as /i }),
    ).toBeVisible();
  });

  test('leaves out the sources column and the BOM when asked', async ({ page }) => {
    await page.getByRole('button', { name: 'Export options' }).click();
    await page.getByRole('checkbox', { name: /sources column/i }).uncheck();
    await page.getByRole('checkbox', { name: /byte-order mark/i }).uncheck();
    await page.keyboard.press('Escape');
    const shown = await visibleTable(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(parse(text)).toEqual([fileHeader(shown), ...shown.rows]);
  });

  test('copy as table puts tab-separated cells on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const shown = await visibleTable(page);
    await page.getByRole('button', { name: 'Copy as table' }).click();
    await expect(page.getByRole('status').filter({ hasText: /copied 3 rows/i })).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const lines = clipboard.split('\r\n').map((line) => line.split('\t'));
    expect(lines[0]).toEqual([...fileHeader(shown), 'Sources', 'Grade and evidence']);
    expect(lines.slice(1).map((line) => line.slice(0, -2))).toEqual(shown.rows);
  });
});

test.describe('export of a comparison', () => {
  test('downloads the comparison as shown: attributes of the mode, items in order', async ({
    page,
  }) => {
    await page.goto('./?v=1&cmp=t-72_m109.iraq.m109-iraq_akm&cmpopen=1&mode=differences&base=akm');
    await expect(page.getByRole('heading', { name: 'Comparing 3 items' })).toBeVisible();
    const attributes = await page
      .getByRole('rowheader')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => !cell.closest('.compare-group-row'))
          .map((cell) => (cell.textContent ?? '').replace(/ (differs|same)$/u, '').trim()),
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^iraq-iran-commonality_compare-/);
    const [header, ...rows] = parse(await readFile(await download.path(), 'utf8'));
    expect(header?.[0]).toBe('Attribute');
    expect(header?.slice(1)).toEqual([
      expect.stringMatching(/^T-72/),
      expect.stringMatching(/M109/),
      expect.stringMatching(/^AKM.*\(baseline\)$/),
    ]);
    expect(rows.map((row) => row[0])).toEqual(attributes);
    // Each fact's strength travels with it, as in the table's file (its last column).
    const strength = rows.at(-1);
    expect(strength?.[0]).toBe('Grade and evidence');
    expect(strength?.[1]).toMatch(/^Designation: [A-F][1-6]/u);
    expect(strength?.[1]).toContain('Spares & servicing: C3, inferred');
    expect(strength?.[3]).toMatch(/Commonality: C3, stated outright$/u);
  });
});
