// Reads the comparison table as a person sees it: header labels and cell text, row by row.
import type { Page } from '@playwright/test';

export const TABLE_NAME = /iraqi and iranian variants/i;

export async function visibleTable(
  page: Page,
): Promise<{ header: string[]; groups: string[]; rows: string[][] }> {
  return page.getByRole('table', { name: TABLE_NAME }).evaluate((table) => {
    const text = (cell: Element) => {
      const clone = cell.cloneNode(true) as Element;
      // Hidden words go, except the level's " · ": the screen draws it as the gap before the
      // qualifier ("Medium  rests on an inference"), and a file writes it out.
      clone
        .querySelectorAll(
          '.citation, .visually-hidden:not(.level-separator), .status-mark, .sort-mark, .sort-rank, .term-hint, .popover, input, .compare-toggle, .clamp-toggle',
        )
        .forEach((node) => node.remove());
      return (clone.textContent ?? '').replace(/\s+/gu, ' ').trim();
    };
    const headerRow = table.querySelectorAll('thead tr')[1];
    const header = [...(headerRow?.querySelectorAll('th') ?? [])].map(text);
    // The group row's label above each column ('' under the system group).
    const groups = [...(table.querySelectorAll('thead tr')[0]?.children ?? [])].flatMap((cell) =>
      Array<string>((cell as HTMLTableCellElement).colSpan).fill(text(cell)),
    );
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (text(cell) === '—' ? '' : text(cell))),
    );
    return { header, groups, rows };
  });
}

export async function systemNames(page: Page): Promise<string[]> {
  return (await visibleTable(page)).rows.map((row) => row[0] ?? '');
}
