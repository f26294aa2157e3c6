import { act, waitFor, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const grid = () => screen.getByRole('table', { name: /iraqi and iranian variants/i });
const inGrid = (name: RegExp | string) => within(grid()).getByRole('button', { name });
const checkbox = (system: string) =>
  within(grid()).getByRole('checkbox', { name: `Compare ${system}` });
/** The elements of the grid that Tab can reach. */
const tabStops = () =>
  // eslint-disable-next-line testing-library/no-node-access -- the Tab order is an attribute, not a role
  [...grid().querySelectorAll('[tabindex="0"]')];

describe('the table grid by keyboard', () => {
  it('is one Tab stop, the first system’s checkbox, until another cell is chosen', async () => {
    await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    expect(tabStops()).toEqual([checkbox('T-72')]);
    expect(grid()).toHaveAccessibleDescription(/arrow keys move between cells/i);
  });

  it('moves along a row control by control and between rows in the same cell', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    checkbox('T-72').focus();
    await user.keyboard('{ArrowRight}');
    expect(inGrid(/^T-72\s*: open details$/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(inGrid(/^M109\s*: open details$/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(checkbox('M109')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(inGrid(/^System/)).toHaveFocus();
    // The header row is the top: another Up stays there.
    await user.keyboard('{ArrowUp}');
    expect(inGrid(/^System/)).toHaveFocus();
    expect(tabStops()).toEqual([inGrid(/^System/)]);
  });

  it('jumps with Home, End, Ctrl+Home and Ctrl+End', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    checkbox('M113').focus();
    await user.keyboard('{End}');
    expect(inGrid(/ammunition family of M113 is general reference/i)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(checkbox('M113')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(inGrid(/ammunition family of AKM is general reference/i)).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(inGrid(/^System/)).toHaveFocus();
  });

  it('ticks systems with Space and leaves with Tab for the compare tray, coming back where it left', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ columnSet: 'full' }),
    });
    checkbox('T-72').focus();
    await user.keyboard(' {ArrowDown} {ArrowDown}{ArrowDown} ');
    expect(store.getState().view.comparison).toEqual(['t-72', 'm109', 'mi-17']);
    await user.tab();
    const tray = screen.getByRole('region', { name: 'Compare tray' });
    expect(within(tray).getByRole('button', { name: /^Remove T-72/ })).toHaveFocus();
    await user.tab({ shift: true });
    expect(checkbox('Mi-17')).toHaveFocus();
  });

  it('leaves the keys of an open citation to the citation', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const mark = inGrid(/^S000 S005, sources for T-72$/);
    await user.click(mark);
    const panel = screen.getByRole('group', { name: 'Sources for T-72' });
    const link = within(panel).getAllByRole('link')[0];
    if (!link) throw new Error('the citation has no link');
    link.focus();
    await user.keyboard('{ArrowDown}');
    expect(link).toHaveFocus();
  });

  it('keeps the Tab stop on its system through a sort, and hands it on when a filter hides it', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ columnSet: 'full' }),
    });
    checkbox('T-72').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(checkbox('M113')).toHaveFocus();
    const { setSorting, toggleFacet } = store.getState().actions;
    act(() => setSorting([{ column: 'system', desc: true }]));
    // The sorted rows arrive from the catalogue service: RPG-7 moves up to second.
    await waitFor(() => expect(within(grid()).getAllByRole('checkbox')[1]).toBe(checkbox('RPG-7')));
    expect(tabStops()).toEqual([checkbox('M113')]);
    act(() => toggleFacet('platformTypes', 'rifle'));
    await waitFor(() => expect(tabStops()).toEqual([checkbox('AKM')]));
  });

  it('closes an open citation when an arrow key moves on', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(inGrid(/^S000 S005, sources for T-72$/));
    expect(screen.getByRole('group', { name: 'Sources for T-72' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByRole('group', { name: 'Sources for T-72' })).not.toBeInTheDocument();
    expect(inGrid(/^Main battle tank$/)).toHaveFocus();
  });

  it('lands the skip link on "Clear all filters" when nothing matches', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ columnSet: 'full' }),
    });
    act(() => store.getState().actions.setSearch('no such system'));
    await user.click(screen.getByRole('link', { name: 'Skip to the table' }));
    expect(within(grid()).getByRole('button', { name: 'Clear all filters' })).toHaveFocus();
  });
});
