import { toHtmlTable, toTsv, type TableText } from '../domain/csv';

export type CopyResult = 'rich' | 'plain';

async function writeRich(plain: string, html: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

async function writePlain(plain: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(plain);
    return true;
  } catch {
    return false;
  }
}

// Last resort for non-secure contexts (plain http), where navigator.clipboard is undefined.
function writeWithTextarea(plain: string): boolean {
  const textarea = document.createElement('textarea');
  textarea.value = plain;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.append(textarea);
  const previousFocus = document.activeElement;
  textarea.focus({ preventScroll: true });
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
  }
}

/** Copies the table as TSV and, where the browser allows it, as an HTML table too. */
export async function copyTable(table: TableText): Promise<CopyResult> {
  const plain = toTsv(table);
  if (await writeRich(plain, toHtmlTable(table))) return 'rich';
  if ((await writePlain(plain)) || writeWithTextarea(plain)) return 'plain';
  throw new Error(
    'The browser did not allow copying to the clipboard. Try again, or download the table as CSV instead.',
  );
}
