// Going back to the built-in catalogue lets the opened file's systems go: after garbage
// collection the JS heap of the page and its workers (where an opened file's systems live) is back
// near where it was before the file (issue 24).
import type { Page } from '@playwright/test';
import { workerHeapsMB } from '../../scripts/bench-browser/worker-heaps';
import { writeCatalogue } from './catalogue-files';
import { expect, test } from './fixtures';
import { TABLE_NAME } from './page-table';

const SYSTEMS = 20_000;
/**
 * Measured at 1.0 MB over the start, four runs (before 5.5 MB, open 82 MB, after 6.5 MB); the
 * file holds about 76 MB while open, so a bound of 8 MB fails if any large part of it is kept.
 */
const HELD_LIMIT_MB = 8;

/** The page's and its workers' heaps together; a session of its own sees every worker. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const workers = await workerHeapsMB(cdp);
  // Twice: the first collection can leave what only its finalisers let go.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6 + workers;
}

const settled = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

test(`a ${SYSTEMS.toLocaleString('en')}-system file is let go on going back to the built-in catalogue`, async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const path = await writeCatalogue(SYSTEMS);
  await page.goto('./');
  const table = page.getByRole('table', { name: TABLE_NAME });
  await expect(table).toBeVisible();
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  await settled(page);
  const before = await heapAfterGc(page);

  await page.getByLabel('Open catalogue', { exact: true }).setInputFiles(path);
  await expect(page.getByText(`Drill catalogue of ${SYSTEMS}`)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(`${SYSTEMS.toLocaleString('en')} systems`).first()).toBeVisible({
    timeout: 60_000,
  });
  const open = await heapAfterGc(page);

  await page.getByRole('button', { name: 'Back to the built-in catalogue' }).click();
  await expect(page.getByText(`Drill catalogue of ${SYSTEMS}`)).toBeHidden();
  await expect(table).toBeVisible();
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  await settled(page);
  const after = await heapAfterGc(page);

  testInfo.annotations.push({
    type: 'heap',
    description: `before ${before.toFixed(1)} MB, open ${open.toFixed(1)} MB, after ${after.toFixed(1)} MB`,
  });
  // The file was really held while open, so a small difference after it means it was let go.
  expect(open - before).toBeGreaterThan(4 * HELD_LIMIT_MB);
  expect(after - before).toBeLessThan(HELD_LIMIT_MB);
});
