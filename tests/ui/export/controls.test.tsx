import { act, render as renderBare, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LazyTableText, TableText } from '../../../src/domain/export/lazy-table-text';
import { ExportControls, SLICED_EXPORT_ROWS } from '../../../src/ui/export/controls';
import { DOWNLOAD_REFUSED } from '../../../src/ui/export/download-text';
import { createViewStore } from '../../../src/state/store';
import { StoreProvider } from '../../../src/ui/shared/store-context';

let store = createViewStore();
/** The controls read the view (a new view clears their status), so they sit under a store. */
function render(ui: ReactElement) {
  store = createViewStore();
  return renderBare(<StoreProvider store={store}>{ui}</StoreProvider>);
}

const table: TableText = {
  header: ['System'],
  rows: [['T-72'], ['AKM']],
};

function renderControls() {
  const user = userEvent.setup();
  render(<ExportControls build={() => table} slugs={['tank']} what="the table" />);
  return { user };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportControls', () => {
  it('says the download started, not that the file was saved', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      /^Download started: 2 rows as iraq-iran-commonality_tank_\d{4}-\d{2}-\d{2}\.csv — check your browser's downloads$/,
    );
    expect(status).not.toHaveTextContent(/saved/i);
  });

  it('clears what it said when the view changes, so the status never describes another view', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Download started/);
    act(() => store.getState().actions.setSearch('akm'));
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('shows a message when the browser refuses to make the file', async () => {
    URL.createObjectURL = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent(DOWNLOAD_REFUSED);
  });

  it('shows a message when the browser refuses the download itself', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent(DOWNLOAD_REFUSED);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:export');
    expect(screen.queryByRole('link', { hidden: true })).not.toBeInTheDocument();
  });
});

/** A lazy table of `rowCount` one-cell rows that counts the rows it has written. */
function largeTable(rowCount: number) {
  const written = { rows: 0 };
  const table: LazyTableText = {
    header: ['System'],
    rowCount,
    slice: (start, end) => {
      written.rows += end - start;
      return Array.from({ length: end - start }, (_, i) => [`row ${start + i}`]);
    },
  };
  return { table, written };
}

function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

describe('ExportControls on a large view', () => {
  it('writes the file in slices, then says the download started', async () => {
    const blobs = captureDownloads();
    const rowCount = SLICED_EXPORT_ROWS + 1001;
    const { table } = largeTable(rowCount);
    const user = userEvent.setup();
    render(<ExportControls build={() => table} slugs={['all']} what="the table" />);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText(/^Download started: 6,001 rows as /)).toHaveTextContent(
      /check your browser's downloads$/,
    );
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
    const bytes = (await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFSystem');
    expect(lines).toHaveLength(rowCount + 2);
    expect(lines.at(-2)).toBe(`row ${rowCount - 1}`);
  });

  it('shows progress, and stops writing, downloads nothing and says so when Cancel is pressed', async () => {
    const blobs = captureDownloads();
    const { table, written } = largeTable(50_000_000);
    const user = userEvent.setup();
    render(<ExportControls build={() => table} slugs={['all']} what="the table" />);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Writing CSV… \d+ %$/);
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));

    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    const stoppedAt = written.rows;
    expect(stoppedAt).toBeLessThan(table.rowCount);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written.rows).toBe(stoppedAt);
    expect(blobs).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
  });

  it('abandons a file still being written when the controls go away', async () => {
    const blobs = captureDownloads();
    const { table, written } = largeTable(50_000_000);
    const user = userEvent.setup();
    const { unmount } = render(
      <ExportControls build={() => table} slugs={['all']} what="the table" />,
    );

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    unmount();
    const stoppedAt = written.rows;
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(written.rows).toBe(stoppedAt);
    expect(blobs).toEqual([]);
  });

  it('writes a small view at once, without slices', async () => {
    const blobs = captureDownloads();
    const { table } = largeTable(SLICED_EXPORT_ROWS);
    const user = userEvent.setup();
    render(<ExportControls build={() => table} slugs={['all']} what="the table" />);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(screen.getByRole('status')).toHaveTextContent(/^Download started: 5,000 rows as /);
    expect(blobs).toHaveLength(1);
  });
});
