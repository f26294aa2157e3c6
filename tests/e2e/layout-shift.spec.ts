// Loading the page, on a phone or a laptop, moves nothing already drawn: the catalogue bar, the
// view sentence, the filter panel's counts and the table keep their places while the catalogue
// and its rows arrive (Lighthouse's mobile run counted a layout shift of 0.062 here). A layout
// number, not a time.
import { expect, test } from './fixtures';

type Shift = { value: number; hadRecentInput: boolean; sources: string[] };

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
])
  test.describe(`layout shift at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the cumulative layout shift of loading stays under 0.01', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('status').filter({ hasText: 'All 6 systems' })).toBeVisible();
      await expect(page.locator('table[aria-busy="true"]')).toHaveCount(0);
      const shifts = await page.evaluate(
        () =>
          new Promise<Shift[]>((resolve) => {
            type Entry = PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node: Node | null }[];
            };
            const seen: Entry[] = [];
            const observer = new PerformanceObserver((list) => {
              seen.push(...(list.getEntries() as Entry[]));
            });
            // Buffered: the shifts from the start of the load, before this script ran.
            observer.observe({ type: 'layout-shift', buffered: true });
            // Two frames after the rows are in, so any shift their arrival causes is recorded.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                seen.push(...(observer.takeRecords() as Entry[]));
                observer.disconnect();
                resolve(
                  seen.map((entry) => ({
                    value: entry.value,
                    hadRecentInput: entry.hadRecentInput,
                    sources: entry.sources.map((source) =>
                      source.node instanceof Element
                        ? `${source.node.tagName} ${source.node.className}`
                        : String(source.node?.nodeName),
                    ),
                  })),
                );
              }),
            );
          }),
      );
      const total = shifts
        .filter((shift) => !shift.hadRecentInput)
        .reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    });
  });
