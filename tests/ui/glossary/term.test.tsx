import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^Compare ${name} `) });

describe('terms marked where they appear', () => {
  it('opens a status’s definition on a press and closes it with Escape, focus back on it', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const makes = within(row('AKM')).getAllByRole('button', { name: 'Makes' })[0];
    if (!makes) throw new Error('no "Makes" term in the AKM row');
    await user.click(makes);
    expect(makes).toHaveAttribute('aria-expanded', 'true');
    const definition = screen.getByRole('group', { name: 'Makes' });
    expect(definition).toHaveTextContent(/Iran produces the item itself/);
    expect(makes).toHaveAttribute('aria-controls', definition.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Makes' })).not.toBeInTheDocument();
    expect(makes).toHaveFocus();
  });

  it('shows the definition on keyboard focus and hides it when focus moves on', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const iqaf = within(row('Mi-17')).getByRole('button', { name: 'IqAF' });
    // Arrive from the control before it, as a keyboard user moving along the row would.
    await user.click(
      within(row('Mi-17')).getByRole('button', {
        name: 'S000 S005, sources for Iraqi variant of Mi-17',
      }),
    );
    await user.keyboard('{Escape}{ArrowRight}');
    expect(iqaf).toHaveFocus();
    expect(screen.getByRole('group', { name: 'IqAF' })).toHaveTextContent('The Iraqi Air Force.');
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByRole('group', { name: 'IqAF' })).not.toBeInTheDocument();
  });

  it('shows the definition while the pointer rests on it', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const artesh = within(row('M113')).getByRole('button', { name: 'Artesh' });
    await user.hover(artesh);
    expect(await screen.findByRole('group', { name: 'Artesh' })).toBeInTheDocument();
    await user.unhover(artesh);
    await expect
      .poll(() => screen.queryByRole('group', { name: 'Artesh' }))
      .not.toBeInTheDocument();
  });

  it('explains column headers with a "?" beside them', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(screen.getByRole('button', { name: 'What “Ammunition” means' }));
    expect(screen.getByRole('group', { name: 'Ammunition' })).toHaveTextContent(
      /rounds, shells, grenades or rockets/,
    );
  });

  it('explains the marks the legend names', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const marks: [string, string][] = [
      ['S000', 'Source id (S000)'],
      ['ref', 'General reference'],
      ['rule', 'rule (mark)'],
    ];
    for (const [name, entry] of marks) {
      const terms = screen.getAllByRole('button', { name });
      await user.click(terms[terms.length - 1] as HTMLElement);
      expect(screen.getByRole('group', { name: entry })).toBeInTheDocument();
      await user.keyboard('{Escape}');
    }
  });

  it('opens the whole glossary at the entry', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ columnSet: 'full' }),
    });
    await user.click(within(row('T-72')).getByRole('button', { name: 'Main battle tank' }));
    await user.click(screen.getByRole('button', { name: 'Open in the glossary' }));
    expect(store.getState().view).toMatchObject({ glossaryOpen: true, glossaryTerm: 'mbt' });
    expect(screen.getByRole('dialog', { name: 'Glossary' })).toBeInTheDocument();
  });
});
