import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableText } from '../../../src/domain/export/lazy-table-text';
import { copyTable } from '../../../src/ui/export/copy-table';

const table: TableText = { header: ['Name', 'Count'], rows: [['=T-72', 3]] };
const tsv = `Name\tCount\r\n"'=T-72"\t3`;

function stubClipboard(clipboard: Partial<Clipboard> | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

class FakeClipboardItem {
  readonly items: Record<string, Blob>;
  constructor(items: Record<string, Blob>) {
    this.items = items;
  }
}

afterEach(() => {
  stubClipboard(undefined);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('copyTable', () => {
  it('writes TSV and an HTML table together when the browser supports ClipboardItem', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ write });

    await expect(copyTable(table)).resolves.toBe('rich');

    const item = (write.mock.calls[0]?.[0] as FakeClipboardItem[])[0]!;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    await expect(item.items['text/plain']?.text()).resolves.toBe(tsv);
    await expect(item.items['text/html']?.text()).resolves.toContain('<td>&#39;=T-72</td>');
  });

  it('falls back to plain text when the rich write is refused', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ write: vi.fn().mockRejectedValue(new DOMException('denied')), writeText });

    await expect(copyTable(table)).resolves.toBe('plain');
    expect(writeText).toHaveBeenCalledWith(tsv);
  });

  it('uses a hidden textarea and execCommand where there is no clipboard API', async () => {
    let copied = '';
    const execCommand = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    await expect(copyTable(table)).resolves.toBe('plain');
    expect(execCommand).toHaveBeenCalledWith('copy');
    // A textarea's value normalises CRLF to LF (HTML spec); spreadsheets paste either.
    expect(copied).toBe(tsv.replaceAll('\r\n', '\n'));
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('rejects with a message a person can act on when nothing works', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });

    await expect(copyTable(table)).rejects.toThrow(
      /did not allow copying.*download the table as CSV/,
    );
  });
});
