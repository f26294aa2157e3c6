import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

describe('the system detail', () => {
  afterEach(() => {
    Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
  });

  it('opens from the system name and sets Iraqi and Iranian variants side by side', async () => {
    const { user, store } = await renderWithStore();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'T-72: open details' }));
    expect(store.getState().view.detail).toBe('t-72');

    const dialog = screen.getByRole('dialog', { name: 'T-72' });
    expect(within(dialog).getByRole('heading', { name: 'T-72', level: 2 })).toBeInTheDocument();
    const designation = within(dialog).getByRole('row', { name: /^Designation/ });
    expect(
      within(designation)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringContaining('T-72M1'), expect.stringContaining('T-72S')]);
    expect(within(designation).getByText('differs')).toBeInTheDocument();
    const obtained = within(dialog).getByRole('row', { name: /^How it was obtained/ });
    expect(within(obtained).getByText('not stated')).toBeInTheDocument();
    expect(obtained).toHaveTextContent(/Licence-built in Iran/);
    // Unstated on one side: not a difference the catalogue can show.
    expect(within(obtained).getByText('one side stated')).toBeInTheDocument();
    expect(within(obtained).queryByText('differs')).not.toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', {
        name: 'S000 S005, sources for designation, Iranian side',
      }),
    ).toBeInTheDocument();
  });

  it("marks the glossary's words in the summary: the AKM's Kalashnikov", async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'AKM: open details' }));
    const dialog = screen.getByRole('dialog', { name: 'AKM' });
    const summary = within(dialog).getByText(/^The AKM is the modernised Soviet/);
    expect(summary).toHaveTextContent(/modernised Soviet Kalashnikov rifle/);
    expect(within(summary).getByRole('button', { name: 'Kalashnikov' })).toBeVisible();
  });

  it('shows a two-source citation, with each grade, and where the sources differ', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'T-72: open details' }));
    const dialog = screen.getByRole('dialog', { name: 'T-72' });
    const designation = within(dialog).getByRole('row', { name: /^Designation/ });
    // The version SIPRI gives stands beside the blog's, with the source that says it.
    expect(designation).toHaveTextContent(/Sources differ \(S005\): .*T-72S1.*T-72S\b/);
    await user.click(
      within(dialog).getByRole('button', {
        name: 'S000 S005, sources for designation, Iraqi side',
      }),
    );
    const panel = screen.getByRole('group', { name: 'Sources for designation, Iraqi side' });
    expect(panel).toHaveTextContent(/Two sources agree \(S000, S005\): confirmed, credibility 1/);
    // The blog's C3 becomes C1 for this item; SIPRI's B2 becomes B1.
    expect(panel).toHaveTextContent(
      /S000 · Uskowi on Iran.*graded C1.*this item 1, the source's own 3/,
    );
    expect(panel).toHaveTextContent(/S005 · SIPRI Arms Transfers Database.*graded B1/);
  });

  it('says that SIPRI does not cover small arms, for the RPG-7 and the AKM', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'AKM: open details' }));
    const dialog = screen.getByRole('dialog', { name: 'AKM' });
    expect(dialog).toHaveTextContent(/Not covered by S005 .*leaves out small arms/);
  });

  it('starts focus on Close, so no definition opens over the title', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'T-72: open details' }));
    const dialog = screen.getByRole('dialog', { name: 'T-72' });
    expect(within(dialog).getByRole('button', { name: 'Close details' })).toHaveFocus();
    expect(within(dialog).queryByRole('group', { name: /main battle tank/i })).toBeNull();
  });

  it('explains the platform type in the glossary', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'Mi-17: open details' }));
    const glossary = within(screen.getByRole('dialog', { name: 'Mi-17' })).getByRole(
      'complementary',
      { name: 'Glossary' },
    );
    expect(
      within(glossary).getByRole('heading', { name: 'What is a transport helicopter?' }),
    ).toBeInTheDocument();
  });

  it('lists what Iran can supply and the commonality level', async () => {
    const { user } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'RPG-7: open details' }));
    const dialog = screen.getByRole('dialog', { name: 'RPG-7' });
    expect(
      within(dialog).getByText(/^Commonality: High · stated outright · weakest grade C3$/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: /^S\d{3}.*, sources for own variant of RPG-7$/ }),
    ).toBeInTheDocument();
  });

  it('opens straight away for a link that names a system', async () => {
    await renderWithStore(undefined, { view: viewWith({ detail: 'akm' }) });
    expect(screen.getByRole('dialog', { name: 'AKM' })).toBeInTheDocument();
  });

  it('closes with its close button', async () => {
    // jsdom has no HTMLDialogElement.close(); this one does what a browser's does.
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    });
    Object.defineProperty(HTMLDialogElement.prototype, 'close', {
      value: close,
      configurable: true,
    });
    const { user, store } = await renderWithStore();
    await user.click(screen.getByRole('button', { name: 'M109: open details' }));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().view.detail).toBeNull();
    expect(close).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
