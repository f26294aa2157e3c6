import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableText } from '../../../src/domain/export/csv';
import { ExportControls } from '../../../src/ui/export/controls';
import { DOWNLOAD_REFUSED } from '../../../src/ui/export/download-text';

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
      /^Download started: 2 rows as iraq-iran-commonality_tank_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(status).not.toHaveTextContent(/saved/i);
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
