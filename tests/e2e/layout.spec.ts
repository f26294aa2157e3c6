// The layout never hides what the user is working with: the sidebar scrolls on its own, nothing
// fixed covers the focused element, the empty state appears where the user is looking, and the
// skip link lands on the table without entering the link.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

/** Whether the focused element's centre shows the element itself, not something over it. */
const focusedIsUncovered = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return { ok: true, what: 'body' };
    const rect = focused.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const inView = rect.bottom > 0 && rect.top < window.innerHeight;
    const ok =
      inView && hit !== null && (hit === focused || focused.contains(hit) || hit.contains(focused));
    return {
      ok,
      what: `${focused.tagName} ${focused.getAttribute('aria-label') ?? focused.textContent?.slice(0, 40)}`,
    };
  });

/**
 * Each opening bracket in the table whose term follows it, with whether the two sit on one line:
 * a term is a button, a box a line may break before, so "Iranian Army (" could end a line.
 */
const bracketsBeforeTerms = (page: Page) =>
  page.locator('table.systems-table tbody').evaluate((body) => {
    const found: { text: string; sameLine: boolean }[] = [];
    for (const term of body.querySelectorAll('.term')) {
      const before = term.previousSibling;
      if (before?.nodeType !== Node.TEXT_NODE || !before.textContent?.endsWith('(')) continue;
      const bracket = document.createRange();
      bracket.setStart(before, before.textContent.length - 1);
      bracket.setEnd(before, before.textContent.length);
      const termTop = term.getClientRects()[0]?.top ?? NaN;
      const sameLine = Math.abs(bracket.getBoundingClientRect().top - termTop) < 4;
      found.push({ text: `(${term.textContent}`, sameLine });
    }
    return found;
  });

for (const width of [375, 1280]) {
  test(`no line ends on the bracket before a glossary term, on screen and on paper at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    // Every column: the operators' abbreviations (IqAF, IRGC, Artesh) sit in brackets.
    await page.goto('./?v=1&cols=full');
    await expect(page.locator('table.systems-table tbody tr').first()).toBeVisible();
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const found = await bracketsBeforeTerms(page);
      expect(found.map(({ text }) => text)).toEqual(
        expect.arrayContaining(['(IqAF', '(IRGC', '(Artesh']),
      );
      expect(
        found.filter(({ sameLine }) => !sameLine),
        media,
      ).toEqual([]);
    }
  });
}

test.describe('layout at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the sidebar scrolls on its own, so the last filter can be reached and seen', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
    const sidebar = page.getByRole('complementary', { name: 'Filters' });
    // Once the page has scrolled past the header, the sticky sidebar fits the window whole and
    // scrolls inside itself.
    await page.mouse.wheel(0, 400);
    await expect
      .poll(() =>
        sidebar.evaluate((box) => box.getBoundingClientRect().bottom - window.innerHeight),
      )
      .toBeLessThanOrEqual(0);
    expect(await sidebar.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
    const last = page.getByRole('checkbox', { name: /equipment the sources only mention/i });
    await last.focus();
    await expect(last).toBeInViewport();
    expect((await focusedIsUncovered(page)).ok).toBe(true);
  });

  test('with the compare tray shown, no focused control hides under it (WCAG 2.4.11)', async ({
    page,
  }) => {
    await page.goto('./?v=1&cmp=t-72_akm');
    await expect(page.getByRole('region', { name: 'Compare tray' })).toBeVisible();
    await page.getByRole('searchbox', { name: /search names/i }).focus();
    const covered: string[] = [];
    for (let step = 0; step < 90; step += 1) {
      await page.keyboard.press('Tab');
      const { ok, what } = await focusedIsUncovered(page);
      if (!ok) covered.push(`${step}: ${what}`);
    }
    expect(covered).toEqual([]);
  });

  test('the empty state shows where the table is, however far it was scrolled', async ({
    page,
  }) => {
    await page.goto('./');
    const region = page.getByRole('region', { name: /table, scrolls/i });
    await region.evaluate((box) => box.scrollTo(box.scrollWidth, 0));
    await page.getByRole('searchbox', { name: /search names/i }).fill('no such system');
    const message = page.getByText('No system matches these filters.');
    await expect(message).toBeVisible();
    const [messageBox, regionBox] = await Promise.all([
      message.boundingBox(),
      region.boundingBox(),
    ]);
    if (!messageBox || !regionBox) throw new Error('no box');
    expect(messageBox.x).toBeGreaterThanOrEqual(regionBox.x);
    expect(messageBox.x + messageBox.width).toBeLessThanOrEqual(regionBox.x + regionBox.width);
  });

  test('a column group keeps its name in view while its columns scroll sideways', async ({
    page,
  }) => {
    await page.goto('./?v=1&cols=full');
    const region = page.getByRole('region', { name: /table, scrolls/i });
    await expect(region.getByRole('columnheader', { name: 'Iran', exact: true })).toBeVisible();
    // Scrolled so that the Iran group's first columns have gone under the System column.
    await region.evaluate((box) => box.scrollTo(600, 0));
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.group-row .group-label')].flatMap((label) => {
        const rect = label.getBoundingClientRect();
        const hit = document.elementFromPoint(
          rect.left + rect.width / 2,
          rect.top + rect.height / 2,
        );
        return hit === label ? [label.textContent] : [];
      }),
    );
    expect(shown).toEqual(['Iran', 'What Iran can supply']);
  });
});

test('the skip link lands on the table and never enters a copied link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=1&type=mbt');
  await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the table' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // It lands on the grid's one Tab stop: the first system's checkbox.
  await expect(page.getByRole('checkbox', { name: 'Compare T-72' })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  // Even a hash typed by hand is left out of the link the app writes and copies.
  await page.goto('./?v=1&type=mbt#table');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\?v=1&type=mbt$/);
});

test.describe('layout at 375 × 667', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("the detail's two sides share the dialog's width, each attribute's name above them", async ({
    page,
  }) => {
    await page.goto('./?v=1&sys=t-72');
    const table = page.getByRole('dialog', { name: 'T-72' }).getByRole('table');
    const notes = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Notes/ }) });
    const [tableBox, ...cells] = await Promise.all([
      table.boundingBox(),
      ...[0, 1].map((at) => notes.getByRole('cell').nth(at).boundingBox()),
    ]);
    if (!tableBox || cells.some((cell) => !cell)) throw new Error('no box');
    // Three columns of a third each left a note about 90 px: a word or two a line.
    for (const cell of cells) expect(cell!.width).toBeGreaterThan(tableBox.width * 0.4);
  });

  test("the timeline's dates go above their events, which keep the width", async ({ page }) => {
    await page.goto('./');
    const event = page.locator('ol.timeline > li').first();
    await event.scrollIntoViewIfNeeded();
    const [list, date, text] = await Promise.all([
      page.locator('ol.timeline').boundingBox(),
      event.locator('time').boundingBox(),
      event.locator('time + *').boundingBox(),
    ]);
    if (!list || !date || !text) throw new Error('no box');
    // A 10rem date column left each event a third of the screen, ten lines and more.
    expect(text.width).toBeGreaterThan(list.width * 0.8);
    expect(text.y).toBeGreaterThanOrEqual(date.y + date.height - 1);
  });
});
