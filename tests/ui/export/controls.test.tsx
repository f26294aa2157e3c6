import { act, render as renderBare, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableText } from '../../../src/domain/export/lazy-table-text';
import { ExportControls, type FileWriter } from '../../../src/ui/export/controls';
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
    // The CSV writer loads on the first press.
    await waitFor(() => expect(status).not.toHaveTextContent(/^$/));
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
    expect(await screen.findByText(/^Download started/)).toBeInTheDocument();
    act(() => store.getState().actions.setSearch('akm'));
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('shows a message when the browser refuses to make the file', async () => {
    URL.createObjectURL = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(DOWNLOAD_REFUSED)).toBeInTheDocument();
  });

  it('shows a message when the browser refuses the download itself', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    const { user } = renderControls();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(DOWNLOAD_REFUSED)).toBeInTheDocument();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:export');
    expect(screen.queryByRole('link', { hidden: true })).not.toBeInTheDocument();
  });
});

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

/** A file written elsewhere, as the catalogue service writes one: its parts come when told. */
function fakeWriter() {
  const calls: { options: unknown; cancelled: boolean }[] = [];
  let progress: (done: number, total: number) => void = () => undefined;
  let finish: (file: { parts: Blob[]; rowCount: number } | null) => void = () => undefined;
  const write: FileWriter = (options, onProgress) => {
    const call = { options, cancelled: false };
    calls.push(call);
    progress = onProgress;
    return {
      done: new Promise((resolve) => {
        finish = resolve;
      }),
      cancel: () => {
        call.cancelled = true;
        finish(null);
      },
    };
  };
  return {
    write,
    calls,
    progress: (done: number, total: number) => act(() => progress(done, total)),
    finish: (file: { parts: Blob[]; rowCount: number }) => act(() => finish(file)),
  };
}

describe('ExportControls with a file written by the catalogue service', () => {
  it('shows progress, then hands over the parts it was sent and says the download started', async () => {
    const blobs = captureDownloads();
    const writer = fakeWriter();
    const user = userEvent.setup();
    render(
      <ExportControls build={() => table} write={writer.write} slugs={['all']} what="the table" />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(writer.calls[0]?.options).toEqual({ withSources: true, bom: true });
    await writer.progress(2500, 10_000);
    expect(screen.getByRole('status')).toHaveTextContent('Writing CSV… 25 %');
    await writer.finish({ parts: [new Blob(['a\r\n']), new Blob(['b\r\n'])], rowCount: 6001 });
    expect(await screen.findByText(/^Download started: 6,001 rows as /)).toHaveTextContent(
      /check your browser's downloads$/,
    );
    expect(await blobs[0]?.text()).toBe('a\r\nb\r\n');
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
  });

  it('cancels the writing, downloads nothing and says so when Cancel is pressed', async () => {
    const blobs = captureDownloads();
    const writer = fakeWriter();
    const user = userEvent.setup();
    render(
      <ExportControls build={() => table} write={writer.write} slugs={['all']} what="the table" />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(writer.calls[0]?.cancelled).toBe(true);
    expect(blobs).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
  });

  it('abandons a file still being written when the controls go away', async () => {
    const blobs = captureDownloads();
    const writer = fakeWriter();
    const user = userEvent.setup();
    const { unmount } = render(
      <ExportControls build={() => table} write={writer.write} slugs={['all']} what="the table" />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    unmount();
    expect(writer.calls[0]?.cancelled).toBe(true);
    expect(blobs).toEqual([]);
  });

  it('says why when the writing fails', async () => {
    captureDownloads();
    const user = userEvent.setup();
    const write: FileWriter = () => ({
      done: Promise.reject(new Error('The export failed: out of memory')),
      cancel: () => undefined,
    });
    render(<ExportControls build={() => table} write={write} slugs={['all']} what="the table" />);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The export failed: out of memory')).toBeInTheDocument();
  });
});
