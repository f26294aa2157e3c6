import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const print = (event: 'beforeprint' | 'afterprint') =>
  act(() => {
    window.dispatchEvent(new Event(event));
  });

describe('printing', () => {
  it('the Print button opens the browser print dialog', async () => {
    const spy = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('adds the header and the source notes only while printing', async () => {
    await renderWithStore(undefined, { view: viewWith({ platformTypes: ['mbt'] }) });
    expect(screen.queryByText(/^Printed /)).not.toBeInTheDocument();

    print('beforeprint');
    expect(
      screen.getByText('1 of 6 systems · platform type is tank', { selector: '.print-sentence' }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /\?v=1&type=mbt$/ });
    expect(link).toHaveAttribute('href', expect.stringMatching(/\?v=1&type=mbt$/));
    const notes = screen.getByRole('region', { name: 'Sources cited' });
    const items = within(notes).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^S000 Reported Iraqi purchase of Iranian arms/);
    expect(items[0]).toHaveTextContent(/Cited: .*item 1: main battle tank/);

    const levels = screen.getByRole('region', {
      name: 'How each commonality level was worked out',
    });
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'T-72: Medium, resting on ammunition (makes, stated, C3); spares & servicing (makes, inferred, C3).',
    ]);

    print('afterprint');
    expect(screen.queryByRole('region', { name: 'Sources cited' })).not.toBeInTheDocument();
  });

  it('describes the comparison and the detail when they are open', async () => {
    const { unmount } = await renderWithStore(undefined, {
      view: viewWith({ comparison: ['t-72', 'akm'], comparisonOpen: true }),
    });
    print('beforeprint');
    expect(
      screen.getByText(/^Comparing T-72 and AKM · all attributes · \d+ of \d+ attributes differ$/),
    ).toBeInTheDocument();
    print('afterprint');
    unmount();

    await renderWithStore(undefined, { view: viewWith({ detail: 'm109' }) });
    print('beforeprint');
    const dialog = screen.getByRole('dialog', { name: 'M109' });
    expect(
      within(dialog).getByText(/^Detail of the M109 \(self-propelled howitzer\)/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: 'Sources cited' })).toBeInTheDocument();
    print('afterprint');
  });
});
