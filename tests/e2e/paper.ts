// Reads what reaches paper: the text of a PDF Chromium made (poppler's pdftotext, installed by
// scripts/ensure-pdftotext.mjs), and the controls still visible under print media.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/** The words of a PDF, or of one of its pages (from 1), with line-end hyphens joined. */
export function pdfText(pdf: Buffer, pageNumber?: number): string {
  const pages =
    pageNumber === undefined ? [] : ['-f', String(pageNumber), '-l', String(pageNumber)];
  return execFileSync('pdftotext', [...pages, '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/gu, ' ');
}

/** The first page's size in points. */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  const [, width = '0', height = '0'] = /^Page size:\s+([\d.]+) x ([\d.]+)/mu.exec(info) ?? [];
  return { width: Number(width), height: Number(height) };
}

export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
}

/** Every word of `label` is in `text` (the PDF breaks long headers over lines, in any order). */
export const hasWords = (text: string, label: string): boolean =>
  label.split(/\s+/u).every((word) => text.includes(word.replace(/-$/u, '')));

/**
 * What still looks like a control under print media: form controls, disclosure summaries, the
 * filter panel, toolbars, the compare tray, popovers, and any button drawn as a button (with a
 * border or a background) rather than as its words.
 */
export function controlsOnPaper(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (element: Element) =>
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      element.getClientRects().length > 0;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/\s+/gu, '.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const controls = [
      ...document.querySelectorAll(
        'input, select, textarea, summary, .sidebar, .toolbar, .compare-tray, .cite-panel, .update-notice, .compare-tools-row',
      ),
    ].filter(shown);
    const buttonsLikeButtons = [...document.querySelectorAll('button')].filter((button) => {
      if (!shown(button)) return false;
      const style = getComputedStyle(button);
      return (
        parseFloat(style.borderTopWidth) > 0 ||
        parseFloat(style.borderBottomWidth) > 0 ||
        style.backgroundColor !== 'rgba(0, 0, 0, 0)'
      );
    });
    return [...controls, ...buttonsLikeButtons].map(describe);
  });
}

/** The date as the print header writes it: "21 November 2026". */
export const today = (): string =>
  new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
