import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeCatalogue } from './catalogue-files';
import { controlsOnPaper, hasWords, pdfPageCount, pdfPageSize, pdfText, today } from './paper';

const VIEWS = {
  table: {
    // Every column: the glance set's print is checked below, with its note of what it leaves out.
    search: '?v=1&cols=full',
    ready: (page: Page) => page.getByRole('table', { name: /iraqi and iranian/i }),
  },
  comparison: {
    search: '?v=1&cmp=t-72_m109_akm&cmpopen=1',
    ready: (page: Page) => page.getByRole('heading', { name: 'Comparing 3 items' }),
  },
  detail: {
    search: '?v=1&sys=t-72',
    ready: (page: Page) => page.getByRole('dialog', { name: 'T-72' }),
  },
} as const;

async function open(page: Page, view: keyof typeof VIEWS) {
  await page.goto(`./${VIEWS[view].search}`);
  await expect(VIEWS[view].ready(page)).toBeVisible();
}

/** The column headers of whatever view is on screen, read before printing. */
function columnHeaders(page: Page, view: keyof typeof VIEWS): Promise<string[]> {
  const selector = {
    table: '.systems-table thead tr:last-child th',
    comparison: '.compare-table thead tr:first-child th',
    detail: '.side-by-side thead th',
  }[view];
  return page.locator(selector).evaluateAll((cells) =>
    // The sort marks and the glossary's ? beside a header are screen-only.
    cells.map((cell) => (cell.textContent ?? '').replace(/[▲▼↕?]/gu, '').trim()),
  );
}

test.describe('printing and Save as PDF', () => {
  for (const view of ['table', 'comparison', 'detail'] as const) {
    test(`the ${view} prints whole, with its header and sources and no controls`, async ({
      page,
      watch,
    }) => {
      await open(page, view);
      const headers = await columnHeaders(page, view);
      const link = page.url();
      expect(headers.length).toBeGreaterThan(view === 'table' ? 16 : 2);

      await page.emulateMedia({ media: 'print' });
      expect(await controlsOnPaper(page)).toEqual([]);
      await expect(page.getByRole('heading', { name: 'Sources cited' }).last()).toBeVisible();

      for (const [format, landscape] of [
        ['A4', false],
        ['Letter', true],
      ] as const) {
        const pdf = await page.pdf({ format, landscape });
        const text = pdfText(pdf);
        expect(text).toContain('Iraq–Iran equipment commonality');
        expect(text).toContain(`Printed ${today()}`);
        expect(text).toContain(`This view: ${link}`);
        for (const header of headers) {
          expect(hasWords(text, header), `column "${header}" on paper`).toBe(true);
        }
        expect(text).toMatch(/Sources cited 1\. S000 Reported Iraqi purchase of Iranian arms/u);
        if (view === 'table') {
          // Words stay whole on paper: no "smoothbor / e", "M113A / 2".
          for (const word of ['smoothbore', 'M113A2', 'Revolutionary']) {
            expect(text, `"${word}" whole on paper`).toContain(word);
          }
        }
        if (view === 'comparison') {
          // Each fact's strength, as the files carry it; its label whole, not a letter a line.
          expect(text).toContain('Grade and evidence');
          // Why "B1/C1" stands beside sources graded B2 and C3.
          expect(hasWords(text, 'A fact’s grade can differ from its source’s.')).toBe(true);
          expect(text).toContain('Spares & servicing: C3, inferred');
          expect(text).toContain('Commonality: C3, rests on an inference');
        }
        // Nothing from the screen only: filters, toolbar, register, tray.
        for (const screenOnly of ['Filters', 'Copy link', 'Export CSV', 'passages used']) {
          expect(text).not.toContain(screenOnly);
        }
      }
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('says what the view is: the table sentence, the comparison and the detail', async ({
    page,
  }) => {
    await page.goto('./?v=1&type=mbt_apc');
    await expect(page.getByText('2 of 6 systems · platform type is tank or APC')).toBeVisible();
    expect(pdfText(await page.pdf({ format: 'A4' }))).toContain(
      '2 of 6 systems · platform type is tank or APC',
    );
    await open(page, 'comparison');
    expect(pdfText(await page.pdf({ format: 'A4' }))).toMatch(
      /Comparing T-72, M109 and AKM · all attributes · \d+ of \d+ attributes differ/u,
    );
    await open(page, 'detail');
    expect(pdfText(await page.pdf({ format: 'A4' }))).toContain('Detail of the T-72 (main battle');
  });

  test('repeats the header rows on every page of a long table', async ({ page }) => {
    await open(page, 'table');
    // A short page, so that six rows run over several.
    const pdf = await page.pdf({ width: '297mm', height: '110mm' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    for (let number = 1; number <= pages; number += 1) {
      const text = pdfText(pdf, number);
      // A page with no table row (the notes, whose SIPRI locators name suppliers) has no header.
      if (!/T-72M1|M113A2|RPG-7 type|AKM type|M109 S00|Mi-17 S00/u.test(text)) continue;
      expect(text, `page ${number}`).toContain('Commonality');
      expect(text, `page ${number}`).toContain('WHAT IRAN CAN SUPPLY');
    }
  });

  test('every print says what the levels mean, how each got its own, what it leaves out, and numbers its pages', async ({
    page,
  }) => {
    const prints = [
      {
        search: '',
        ready: VIEWS.table.ready,
        leftOut: /Not shown: 7 columns \(Platform type, .*sums up 6 more/u,
        wide: true,
      },
      {
        search: '?v=1&cmp=t-72_m109_akm&cmpopen=1&mode=differences&hide=origin',
        ready: VIEWS.comparison.ready,
        leftOut:
          /Not shown: 1 attribute whose columns are hidden \(Country of origin\); \d+ attributes left out by “Differences only”/u,
        wide: true,
      },
      { search: VIEWS.detail.search, ready: VIEWS.detail.ready, leftOut: null, wide: false },
    ];
    for (const { search, ready, leftOut, wide } of prints) {
      await page.goto(`./${search}`);
      await expect(ready(page)).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, preferCSSPageSize: true });
        const text = pdfText(pdf);
        // What the levels mean, and how this row got its own.
        expect(text).toContain('High Iran reportedly makes the ammunition');
        expect(text).toContain('None the sources report no Iranian support');
        expect(text).toMatch(
          /How each commonality level was worked out T-72: Medium, resting on ammunition \(makes, stated, [A-F][1-6]\)/u,
        );
        if (leftOut) expect(text).toMatch(leftOut);
        else expect(text).not.toContain('Not shown:');
        // The table and the comparison take a landscape page; the detail keeps the paper's own.
        const size = pdfPageSize(pdf);
        expect(size.width > size.height, `${search || 'table'} on ${format}`).toBe(wide);
        const pages = pdfPageCount(pdf);
        for (let number = 1; number <= pages; number += 1) {
          const sheet = pdfText(pdf, number);
          expect(sheet, `page ${number}`).toContain(`Page ${number} of ${pages}`);
          expect(sheet, `page ${number}`).toContain(`Printed ${today()}`);
          expect(sheet, `page ${number}`).toContain('Iraq–Iran equipment commonality');
        }
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('prints light on paper when the screen is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, 'detail');
    const screen = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const paper = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      dialog: getComputedStyle(document.querySelector('dialog')!).backgroundColor,
    }));
    expect(screen).not.toBe('rgb(0, 0, 0)');
    expect(paper).toEqual({ text: 'rgb(0, 0, 0)', dialog: 'rgb(255, 255, 255)' });
  });

  test('the Print button opens the browser print dialog from the table and the detail', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await open(page, 'table');
    await page.getByRole('button', { name: 'Print' }).click();
    await page.getByRole('button', { name: /T-72/u }).first().click();
    const dialog = page.getByRole('dialog', { name: 'T-72' });
    await dialog.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  });

  test('prints every row of an opened catalogue, not the window the screen keeps', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('./');
    await page
      .getByLabel('Open catalogue', { exact: true })
      .setInputFiles(await writeCatalogue(300));
    await expect(page.getByText('All 300 systems')).toBeVisible({ timeout: 30_000 });
    const rows = page.locator('.systems-table tbody tr:not(.spacer-row)');
    expect(await rows.count()).toBeLessThan(100);

    await page.emulateMedia({ media: 'print' });
    await expect(rows).toHaveCount(300);
    await expect(page.getByText(/^From Drill catalogue of 300 \(drill-300\.json/u)).toBeVisible();
    // Past 2,000 rows paper stops and says so (printedRows, unit-tested).
    await expect(page.getByText(/^Printed: the first/u)).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeLessThan(100);
  });
});
