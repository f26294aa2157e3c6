// Popovers are drawn in the top layer and kept inside the window: none is cut by the table's
// scroll box, the sticky system column or the detail dialog.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

/** The popover lies inside the window, and it is what the window shows at its four corners. */
async function expectWhollyShown(page: Page, popover: Locator) {
  await expect(popover).toBeVisible();
  // Wait until Floating UI has placed it and the opening animation has ended.
  await page.waitForTimeout(250);
  const viewport = page.viewportSize();
  const box = await popover.boundingBox();
  if (!viewport || !box) throw new Error('no viewport or no popover box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const corners = await popover.evaluate((panel) => {
    const rect = panel.getBoundingClientRect();
    const inset = 2;
    return [
      [rect.left + inset, rect.top + inset],
      [rect.right - inset, rect.top + inset],
      [rect.left + inset, rect.bottom - inset],
      [rect.right - inset, rect.bottom - inset],
    ].map(([x, y]) => {
      const hit = document.elementFromPoint(x ?? 0, y ?? 0);
      return hit !== null && (hit === panel || panel.contains(hit));
    });
  });
  expect(corners).toEqual([true, true, true, true]);
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`popovers at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('the rule popover on the last row, at the far right, is wholly shown', async ({
        page,
      }) => {
        await page.goto('./');
        const region = page.getByRole('region', { name: /table, scrolls/i });
        await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
        await region.evaluate((box) => box.scrollTo(box.scrollWidth, box.scrollHeight));
        const rows = page.getByRole('table', { name: TABLE_NAME }).locator('tbody tr');
        const last = rows.last();
        const details = last
          .getByRole('rowheader')
          .getByRole('button', { name: /: open details$/ });
        const name = (await details.innerText()).replace(/\s*: open details$/u, '').trim();
        const rule = last.getByRole('button', { name: /^rule, how commonality of/i });
        await rule.scrollIntoViewIfNeeded();
        await rule.click();
        await expectWhollyShown(
          page,
          page.getByRole('group', { name: new RegExp(`How Commonality of ${name}`) }),
        );
      });

      test('the sources popover of the last system, beside the sticky column, is wholly shown', async ({
        page,
      }) => {
        await page.goto('./');
        await expect(page.getByRole('table', { name: TABLE_NAME })).toBeVisible();
        const cite = page.getByRole('button', { name: 'S000, sources for AKM' });
        await cite.scrollIntoViewIfNeeded();
        await cite.click();
        await expectWhollyShown(page, page.getByRole('group', { name: 'Sources for AKM' }));
      });

      test('a popover in the detail dialog lies above the dialog, wholly shown', async ({
        page,
      }) => {
        await page.goto('./?v=1&sys=t-72');
        const dialog = page.getByRole('dialog', { name: 'T-72' });
        await expect(dialog).toBeVisible();
        const cite = dialog.getByRole('button', { name: /sources for notes, Iranian side/i });
        await cite.scrollIntoViewIfNeeded();
        await cite.click();
        const popover = page.getByRole('group', { name: 'Sources for notes, Iranian side' });
        await expectWhollyShown(page, popover);
        // Escape closes the popover first and gives focus back; the dialog stays.
        await page.keyboard.press('Escape');
        await expect(popover).toBeHidden();
        await expect(cite).toBeFocused();
        await expect(dialog).toBeVisible();
      });

      test('a term definition in the detail opens the glossary above the detail, and focus comes back to the term', async ({
        page,
      }) => {
        await page.goto('./?v=1&sys=m113');
        const dialog = page.getByRole('dialog', { name: 'M113' });
        const term = dialog.getByRole('button', { name: 'Armoured personnel carrier' }).first();
        await term.click();
        const definition = page.getByRole('group', { name: 'Armoured personnel carrier (APC)' });
        await expectWhollyShown(page, definition);
        await definition.getByRole('button', { name: 'Open in the glossary' }).click();
        const glossary = page.getByRole('dialog', { name: 'Glossary' });
        await expect(
          glossary.getByRole('link', { name: /^Armoured personnel carrier/ }),
        ).toHaveAttribute('aria-current', 'true');
        await page.keyboard.press('Escape');
        await expect(glossary).toBeHidden();
        await expect(dialog).toBeVisible();
        // Focus comes back to the term it was opened from, inside the detail, not to the page.
        await expect(term).toBeFocused();
      });
    });
  }
}

// The task's small screens: the T-72's notes popover (two sources, each with its claim and where
// it differs) is taller than the room on either side of its mark, so it is limited to the room and
// scrolls inside itself.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test.describe(`a tall popover in the detail at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('is wholly shown, on whole pixels, and scrolls to its last line', async ({ page }) => {
      await page.goto('./?v=1&sys=t-72');
      const dialog = page.getByRole('dialog', { name: 'T-72' });
      const cite = dialog.getByRole('button', { name: /sources for notes, Iranian side/i });
      await cite.scrollIntoViewIfNeeded();
      await cite.click();
      const popover = page.getByRole('group', { name: 'Sources for notes, Iranian side' });
      await expectWhollyShown(page, popover);
      // Text placed between pixels blurs (the mark of two ids is a fraction of a pixel wide).
      const box = await popover.boundingBox();
      expect(box && [box.x % 1, box.y % 1]).toEqual([0, 0]);
      const room = await popover.evaluate((panel) => ({
        content: panel.scrollHeight,
        shown: panel.clientHeight,
      }));
      expect(room.content).toBeGreaterThan(room.shown);
      await popover.evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
      const last = popover.locator('li').last().locator('.confidence');
      await expect(last).toBeInViewport({ ratio: 1 });
      const [lastBox, panelBox] = [await last.boundingBox(), await popover.boundingBox()];
      if (!lastBox || !panelBox) throw new Error('no box');
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(panelBox.y + panelBox.height);
      await expectWhollyShown(page, popover);
    });
  });
}

test('a press outside closes a popover', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'S000 S005, sources for T-72' }).click();
  await expect(page.getByRole('group', { name: 'Sources for T-72' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('group', { name: 'Sources for T-72' })).toBeHidden();
});

test('the detail opens with focus on Close and no definition over its title', async ({ page }) => {
  await page.goto('./?v=1&sys=t-72');
  const dialog = page.getByRole('dialog', { name: 'T-72' });
  await expect(dialog.getByRole('button', { name: 'Close details' })).toBeFocused();
  // The platform type's term, which the browser focuses first, does not leave its preview open.
  await page.waitForTimeout(300);
  await expect(page.getByRole('group', { name: /main battle tank/i })).toHaveCount(0);
});

test('moving on by keyboard closes an open citation', async ({ page }) => {
  await page.goto('./');
  const mark = page.getByRole('button', { name: 'S000 S005, sources for T-72' });
  await mark.click();
  await expect(page.getByRole('group', { name: 'Sources for T-72' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'Sources for T-72' })).toBeHidden();
});
