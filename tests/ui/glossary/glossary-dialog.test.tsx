import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

describe('the glossary', () => {
  it('opens from the header as a dialog listing every term, with its search box focused', async () => {
    const { user, store } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Glossary' }));
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    expect(store.getState().view.glossaryOpen).toBe(true);
    const search = within(glossary).getByRole('searchbox', { name: 'Search the glossary' });
    expect(search).toHaveFocus();
    const count = store.getState().catalogue;
    const total = count.status === 'ready' ? count.data.catalogue.glossary.length : 0;
    // One link per entry, the term it defines.
    expect(within(glossary).getAllByRole('link')).toHaveLength(total);
    expect(within(glossary).getByRole('status')).toHaveTextContent(`${total} terms`);
  });

  it('finds a term by its abbreviation and gives each entry an anchor of its own', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ glossaryOpen: true }) });
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    await user.type(within(glossary).getByRole('searchbox'), 'SPH');
    const terms = within(glossary).getAllByRole('term');
    expect(terms[0]).toHaveTextContent('Self-propelled howitzer (SPH)');
    expect(within(glossary).getByRole('status')).toHaveTextContent(/terms match “SPH”/);
    const link = within(glossary).getByRole('link', { name: 'Self-propelled howitzer (SPH)' });
    expect(link).toHaveAttribute('href', '?v=1&gloss=1&term=sph');
    // The entry's anchor: the element whose id a link or a search hit lands on.
    // eslint-disable-next-line testing-library/no-node-access
    expect(link.closest('[id]')).toHaveAttribute('id', 'glossary-sph');
  });

  it('opens at the entry a link names, focused and marked as the current one', async () => {
    await renderWithStore(undefined, {
      view: viewWith({ glossaryOpen: true, glossaryTerm: 'iqaf' }),
    });
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    const link = within(glossary).getByRole('link', { name: 'IqAF' });
    expect(link).toHaveAttribute('aria-current', 'true');
    // eslint-disable-next-line testing-library/no-node-access
    expect(link.closest('[id]')).toHaveFocus();
  });

  it('puts the entry a user picks in the link', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ glossaryOpen: true }),
    });
    await user.click(screen.getByRole('link', { name: 'Artesh' }));
    expect(store.getState().view.glossaryTerm).toBe('artesh');
  });

  it('closes with its close button and forgets the entry', async () => {
    const { user, store } = await renderWithStore(undefined, {
      view: viewWith({ glossaryOpen: true, glossaryTerm: 'mbt' }),
    });
    await user.click(screen.getByRole('button', { name: 'Close the glossary' }));
    expect(screen.queryByRole('dialog', { name: 'Glossary' })).not.toBeInTheDocument();
    expect(store.getState().view).toMatchObject({ glossaryOpen: false, glossaryTerm: null });
  });

  it('is offered by the search box when the search names a term', async () => {
    const { user, store } = await renderWithStore();
    await user.type(screen.getByRole('searchbox', { name: /search names/i }), 'APC');
    expect(screen.getByRole('row', { name: /^Compare M113 / })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Armoured personnel carrier (APC)' }));
    expect(store.getState().view).toMatchObject({ glossaryOpen: true, glossaryTerm: 'apc' });
    expect(screen.getByRole('dialog', { name: 'Glossary' })).toBeInTheDocument();
  });
});
