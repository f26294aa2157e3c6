import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadShippedCatalogue, renderWithStore, viewWith } from '../../support/render-with-store';

describe('App', () => {
  it('names the app in its main heading', async () => {
    await renderWithStore();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Iraq–Iran equipment commonality' }),
    ).toBeInTheDocument();
  });

  it('announces that the catalogue is loading until it arrives', async () => {
    await renderWithStore(undefined, { loaded: false });
    expect(screen.getByText('Loading the catalogue…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('replaces the loading message with the comparison once the catalogue is ready', async () => {
    const { store } = await renderWithStore(undefined, { loaded: false });
    act(() => store.getState().actions.catalogueLoaded(loadShippedCatalogue()));
    expect(screen.queryByText('Loading the catalogue…')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: /iraqi and iranian variants/i })).toBeInTheDocument();
  });

  it('shows the problems instead of the comparison when the catalogue fails', async () => {
    const { store } = await renderWithStore(undefined, { loaded: false });
    act(() =>
      store.getState().actions.catalogueFailed([
        {
          file: 'seeds/sources.json',
          path: 'sources[0].id',
          message: 'a source id looks like S000',
        },
      ]),
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('The catalogue could not be loaded');
    expect(
      screen.queryByRole('table', { name: /iraqi and iranian variants/i }),
    ).not.toBeInTheDocument();
  });

  it('offers a link that skips to the table and lands in it without changing the address', async () => {
    const { user } = await renderWithStore();
    const skip = screen.getByRole('link', { name: 'Skip to the table' });
    expect(skip).toHaveAttribute('href', '#table');
    await user.click(skip);
    // It lands on the table's one Tab stop, where arrow keys work at once.
    expect(screen.getByRole('checkbox', { name: 'Compare T-72' })).toHaveFocus();
    expect(window.location.hash).toBe('');
  });

  it('skips to the comparison while it is open', async () => {
    await renderWithStore(undefined, {
      view: viewWith({ comparison: ['t-72', 'akm'], comparisonOpen: true }),
    });
    expect(screen.getByRole('link', { name: 'Skip to the comparison' })).toHaveAttribute(
      'href',
      '#comparison',
    );
    expect(screen.getByRole('region', { name: /^comparison, scrolls/i })).toHaveAttribute(
      'id',
      'comparison',
    );
  });

  it('shows notices and lets the user dismiss them', async () => {
    const { store, user } = await renderWithStore();
    act(() =>
      store.getState().actions.addNotice({
        id: 'link-ignored',
        tone: 'warning',
        title: 'Part of this link could not be used, so it was ignored',
        details: ['sys=nope: unknown system'],
      }),
    );
    const notice = screen.getByRole('region', {
      name: 'Part of this link could not be used, so it was ignored',
    });
    expect(notice).toHaveTextContent('sys=nope: unknown system');
    await user.click(
      screen.getByRole('button', {
        name: 'Dismiss: Part of this link could not be used, so it was ignored',
      }),
    );
    expect(notice).not.toBeInTheDocument();
  });
});
