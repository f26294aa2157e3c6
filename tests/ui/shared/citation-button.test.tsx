import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

describe('citation buttons in the comparison table', () => {
  it('can be reached by keyboard, opened with Enter and closed with Escape', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    const cite = screen.getByRole('button', { name: 'S000 S005, sources for T-72' });
    // Start on the row's name, as a keyboard user reading the row would; the arrow key moves on.
    screen.getByRole('button', { name: 'T-72: open details' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(cite).toHaveFocus();
    expect(cite).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Sources for T-72' });
    expect(cite).toHaveAttribute('aria-controls', panel.id);
    expect(within(panel).getAllByText('S000').length).toBeGreaterThan(0);
    expect(
      within(panel).getAllByText('commonality list, item 1: main battle tank (paragraphs 18–19)')
        .length,
    ).toBeGreaterThan(0);
    // Both variants cite item 1: the popover lists that citation once.
    expect(within(panel).getAllByText(/Uskowi on Iran \(blog\), February 2014/)).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Sources for T-72' })).not.toBeInTheDocument();
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    expect(cite).toHaveFocus();
  });

  it('says how firmly the source supports the fact', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(
      screen.getByRole('button', { name: 'S000, sources for Spares & servicing of T-72' }),
    );
    const panel = screen.getByRole('group', { name: 'Sources for Spares & servicing of T-72' });
    expect(within(panel).getByText(/^Inferred:/)).toBeInTheDocument();
  });

  it("gives a passage's claim as the project's paraphrase, never in quotation marks (N7)", async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'S000 S005, sources for T-72' }));
    const panel = screen.getByRole('group', { name: 'Sources for T-72' });
    expect(within(panel).getAllByText(/^In this project’s words:/).length).toBeGreaterThan(0);
    expect(panel).toHaveTextContent(/In this project’s words: The Iraqi Army fields the T-72M1/);
    expect(panel.textContent).not.toMatch(/[“”"]/);
  });

  it('explains general-reference and derived values instead of citing a source', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(
      screen.getByRole('button', {
        name: 'ref, country of origin of T-72 is general reference, not from a source',
      }),
    );
    expect(screen.getByText(/General reference: a standard fact/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'rule, how Commonality of T-72 is worked out' }),
    );
    expect(
      screen.getByRole('group', { name: 'How Commonality of T-72 is worked out' }),
    ).toHaveTextContent(/High: Iran makes its ammunition/);
  });

  it('closes when the user clicks elsewhere', async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(screen.getByRole('button', { name: 'S000, sources for AKM' }));
    expect(screen.getByRole('group', { name: 'Sources for AKM' })).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('group', { name: 'Sources for AKM' })).not.toBeInTheDocument();
  });
});

describe('a citation that names a report', () => {
  it("names its originator and carrier, and gives the item's grade beside them, not the document's", async () => {
    const { user } = await renderWithStore();
    const cite = screen.getAllByRole('button', {
      name: /^S000, sources for The US State Department asks for clarification/,
    })[0] as HTMLElement;
    await user.click(cite);
    const panel = screen.getByRole('group', {
      name: /^Sources for The US State Department asks for clarification/,
    });
    const items = within(panel).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      /Reported by US State Department \(its spokeswoman, Jen Psaki\), carried by BBC News, from a Reuters story, quoted by this blog · this item graded B3 \(usually reliable source, information possibly true\); reliability B is the originator's, the document's own C/,
    );
    // Beside the document itself no grade stands: the item's is the report's.
    expect(items[0]).not.toHaveTextContent(/February 2014 · graded/);
  });

  it("keeps the document's grade beside it where a citation names no report", async () => {
    const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
    await user.click(
      screen.getByRole('button', { name: 'S000, sources for Spares & servicing of T-72' }),
    );
    const panel = screen.getByRole('group', { name: 'Sources for Spares & servicing of T-72' });
    expect(panel).toHaveTextContent(/February 2014 · graded C3 \(fairly reliable source/);
    expect(panel).not.toHaveTextContent(/Reported by/);
  });
});
