import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOWNLOAD_REFUSED, downloadText } from '../../../src/ui/export/download-text';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a temporary download link for a blob and revokes its URL afterwards', async () => {
    vi.useFakeTimers();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('table_2026-11-21.csv');
      expect(this.href).toBe('blob:export');
    });

    downloadText('table_2026-11-21.csv', ['\uFEFFa,b\r\n'], 'text/csv;charset=utf-8');

    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector('a')).toBeNull();
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:export');
  });
});

describe('downloadText of many parts', () => {
  it('makes one file of the parts in order, strings and Blobs alike', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    downloadText('a.csv', ['\uFEFFh\r\n', new Blob(['1\r\n', '2\r\n']), 'é\r\n'], 'text/csv');

    const bytes = (await blob?.arrayBuffer()) ?? new ArrayBuffer(0);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFh\r\n1\r\n2\r\né\r\n',
    );
  });
});

describe('downloadText when the browser refuses', () => {
  it('throws a message a person can act on when no blob URL can be made', () => {
    URL.createObjectURL = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => downloadText('a.csv', ['a'], 'text/csv')).toThrow(DOWNLOAD_REFUSED);
  });
});
