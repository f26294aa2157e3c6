import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../../src/ui/comparison/comparison';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const THREE = ['t-72', 'm109', 'akm'];
const openView = async (changes = {}) =>
  renderWithStore(<ComparisonView />, {
    view: viewWith({ comparison: THREE, comparisonOpen: true, ...changes }),
  });

const rowHeaders = () =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(/ (differs|same)$/u, ''));
const columnHeaders = () =>
  screen
    .getAllByRole('columnheader')
    .slice(1)
    .map((cell) => cell.textContent?.replace(/ Baseline$/u, ''));

describe('the comparison view', () => {
  it('shows attributes as rows and items as columns, in the picked order', async () => {
    await openView();
    expect(screen.getByRole('heading', { name: 'Comparing 3 items' })).toBeInTheDocument();
    expect(columnHeaders()).toEqual(['T-72 (system)', 'M109 (system)', 'AKM (system)']);
    expect(rowHeaders()).toContain('Platform type');
    expect(rowHeaders()).toContain('Country');
  });

  it('puts a source beside every stated value', async () => {
    await openView();
    expect(
      screen.getByRole('button', { name: 'S000 S005, sources for platform type of M109' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'ref, country of origin of AKM is general reference, not from a source',
      }),
    ).toBeInTheDocument();
  });

  it('switches between all attributes, differences only and similarities only', async () => {
    const { user, store } = await openView();
    expect(screen.getByRole('radio', { name: 'All attributes' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Differences only' }));
    expect(store.getState().view.comparisonMode).toBe('differences');
    expect(rowHeaders()).toContain('Platform type');
    expect(rowHeaders()).not.toContain('Country');

    await user.click(screen.getByRole('radio', { name: 'Similarities only' }));
    expect(rowHeaders()).toContain('Country');
    expect(rowHeaders()).not.toContain('Platform type');
  });

  it('tags each row as differing or the same in words', async () => {
    await openView();
    const platform = screen.getByRole('rowheader', { name: /^platform type/i });
    expect(platform).toHaveTextContent('differs');
    expect(screen.getByRole('rowheader', { name: 'Country same' })).toHaveTextContent('same');
  });

  it('tags a row the catalogue does not state for every item as such, never as a difference', async () => {
    const { user } = await openView({ comparison: ['t-72', 't-72.iraq.t-72m1'], baseline: 't-72' });
    const obtained = screen.getByRole('row', { name: /^how iran has it/iu });
    expect(within(obtained).getByRole('rowheader')).toHaveTextContent(/not all stated$/u);
    expect(within(obtained).queryByText(/from baseline/u)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/; 1 is not stated for every item;/u);
    expect(
      screen.getByRole('button', { name: 'Variant and operator 3 differ · 1 not all stated' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Differences only' }));
    expect(screen.getByRole('row', { name: /^how iran has it/iu })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Similarities only' }));
    expect(screen.queryByRole('row', { name: /^how iran has it/iu })).not.toBeInTheDocument();
  });

  it('leaves hidden columns out, so they never count as differences', async () => {
    await openView({
      hiddenColumns: ['platformType'],
      comparisonMode: 'differences',
      basis: 'sourced',
    });
    expect(rowHeaders()).not.toContain('Platform type');
    expect(rowHeaders()).not.toContain('Country of origin');
  });

  it('pins a baseline and marks the cells that differ from it in words', async () => {
    const { user, store } = await openView();
    expect(screen.queryByText(/from baseline/)).not.toBeInTheDocument();
    const pin = screen.getByRole('button', { name: 'Use M109 as baseline' });
    expect(pin).toHaveAttribute('aria-pressed', 'false');
    await user.click(pin);
    expect(store.getState().view.baseline).toBe('m109');
    expect(pin).toHaveAttribute('aria-pressed', 'true');

    const platform = screen.getByRole('row', { name: /^platform type/i });
    const cells = within(platform).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('differs from baseline');
    expect(cells[1]).not.toHaveTextContent('differs from baseline');
    expect(cells[2]).toHaveTextContent('differs from baseline');

    await user.click(pin);
    expect(store.getState().view.baseline).toBeNull();
    expect(screen.queryByText(/from baseline/)).not.toBeInTheDocument();
  });

  it('moves items left and right', async () => {
    const { user, store } = await openView();
    await user.click(screen.getByRole('button', { name: 'Move T-72 right' }));
    expect(store.getState().view.comparison).toEqual(['m109', 't-72', 'akm']);
    expect(columnHeaders()).toEqual(['M109 (system)', 'T-72 (system)', 'AKM (system)']);
    const first = screen.getByRole('button', { name: 'Move M109 left' });
    expect(first).toHaveAttribute('aria-disabled', 'true');
    await user.click(first);
    expect(store.getState().view.comparison).toEqual(['m109', 't-72', 'akm']);
  });

  it('collapses and expands a group of attributes', async () => {
    const { user } = await openView();
    const group = screen.getByRole('button', { name: /^general reference/i });
    expect(group).toHaveAttribute('aria-expanded', 'true');
    await user.click(group);
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(rowHeaders()).not.toContain('Country of origin');
    await user.click(group);
    expect(rowHeaders()).toContain('Country of origin');
  });

  it('pages through the items two at a time on a phone', async () => {
    const { user } = await openView();
    expect(screen.getByText('Showing 1–2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show previous item' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Show next item' }));
    expect(screen.getByText('Showing 2–3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show next item' })).toBeDisabled();
  });

  it('compares a variant with its own designation and operator', async () => {
    await openView({ comparison: ['t-72.iraq.t-72m1', 't-72.iran.t-72s'] });
    const operator = screen.getByRole('row', { name: /^operator/i });
    expect(
      within(operator)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringContaining('Iraqi Army'),
      expect.stringContaining('Iranian armed forces'),
    ]);
    expect(screen.getByRole('row', { name: /^how iran has it/i })).toHaveTextContent('not stated');
  });

  it('goes back to the table', async () => {
    const { user, store } = await openView();
    await user.click(screen.getByRole('button', { name: 'Back to the table' }));
    expect(store.getState().view.comparisonOpen).toBe(false);
  });
});
