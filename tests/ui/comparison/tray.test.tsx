import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const tray = () => screen.getByRole('region', { name: 'Compare tray' });

describe('the compare tray', () => {
  it('stays out of the way until something is picked', async () => {
    await renderWithStore();
    expect(screen.queryByRole('region', { name: 'Compare tray' })).not.toBeInTheDocument();
  });

  it('lists a picked system and explains why one item cannot be compared', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('checkbox', { name: 'Compare T-72' }));
    expect(within(tray()).getByText('T-72 (system)')).toBeInTheDocument();
    const open = within(tray()).getByRole('button', { name: 'Compare 1 item' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription(/pick at least 2 items to compare/i);
  });

  it('opens the comparison once two items are picked', async () => {
    const { user, store } = await renderWithStore();
    await user.click(screen.getByRole('checkbox', { name: 'Compare T-72' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare M109' }));
    await user.click(within(tray()).getByRole('button', { name: 'Compare 2 items' }));
    expect(store.getState().view.comparisonOpen).toBe(true);
    expect(screen.getByRole('heading', { name: 'Comparing 2 items' })).toBeInTheDocument();
    await user.click(within(tray()).getByRole('button', { name: 'Close comparison' }));
    expect(store.getState().view.comparisonOpen).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Comparing 2 items' })).not.toBeInTheDocument();
  });

  it('names variants by country and designation', async () => {
    await renderWithStore(undefined, {
      view: viewWith({ comparison: ['t-72.iraq.t-72m1', 'm109.iran.m109-iran'] }),
    });
    expect(within(tray()).getByText('Iraqi T-72M1')).toBeInTheDocument();
    expect(
      within(tray()).getByRole('button', { name: 'Remove Iranian M109 from comparison' }),
    ).toBeInTheDocument();
  });

  it('removes one item and unticks it in the table', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ comparison: ['t-72', 'm109', 'akm'] }),
    });
    await user.click(within(tray()).getByRole('button', { name: 'Remove T-72 from comparison' }));
    expect(store.getState().view.comparison).toEqual(['m109', 'akm']);
    expect(within(tray()).queryByText('T-72 (system)')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Compare T-72' })).not.toBeChecked();
  });

  it('clears every item and goes away', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ comparison: ['t-72', 'm109'], comparisonOpen: true }),
    });
    await user.click(within(tray()).getByRole('button', { name: 'Clear all' }));
    expect(store.getState().view.comparison).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Compare tray' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /comparing/i })).not.toBeInTheDocument();
  });

  it('explains the limit when a sixth item is picked, and keeps five', async () => {
    const { user, store } = await renderWithStore();
    for (const name of ['T-72', 'M109', 'M113', 'Mi-17', 'RPG-7']) {
      await user.click(screen.getByRole('checkbox', { name: `Compare ${name}` }));
    }
    expect(within(tray()).getByRole('button', { name: 'Compare 5 items' })).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare AKM' }));
    expect(screen.getByText('You can compare up to 5 items at once')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Compare AKM' })).not.toBeChecked();
    expect(store.getState().view.comparison).toHaveLength(5);
    expect(within(tray()).getByText('5 of 5 picked')).toBeInTheDocument();
  });
});
