import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const comparisonTable = () => screen.getByRole('table', { name: /iraqi and iranian variants/i });

/** The body rows of the comparison table (the two header rows left out). */
function bodyRows() {
  const [, body] = within(comparisonTable()).getAllByRole('rowgroup');
  if (!body) throw new Error('the comparison table has no body');
  return within(body).queryAllByRole('row');
}

/** The systems the table shows, top to bottom, read from their detail buttons. */
const shownSystems = () =>
  within(comparisonTable())
    .queryAllByRole('button', { name: /: open details$/ })
    .map((button) => button.textContent?.replace(/: open details$/, ''));

/** A filter option, whose accessible name ends in its count ("Iraqi Army: 4 systems"). */
const filterOption = (label: string, count: number) =>
  screen.getByRole('checkbox', {
    name: new RegExp(`^${escapeRegExp(label)}:\\s*${count}\\s*systems?$`),
  });

const summarySentence = () => screen.getByText(/^(All \d+|\d+ of \d+) systems?\b/);

const searchBox = () =>
  screen.getByRole('searchbox', { name: /search names, designations and operators/i });

describe('the workspace', () => {
  describe('filters', () => {
    it('shows every system until a filter is chosen', async () => {
      await renderWithStore();
      expect(bodyRows()).toHaveLength(6);
      expect(shownSystems()).toEqual(['T-72', 'M109', 'M113', 'Mi-17', 'RPG-7', 'AKM']);
    });

    it('narrows the rows to the chosen platform types', async () => {
      const { user, store } = await renderWithStore();
      await user.click(screen.getByRole('checkbox', { name: /^Main battle tank/ }));
      expect(shownSystems()).toEqual(['T-72']);
      await user.click(screen.getByRole('checkbox', { name: /^Assault rifle/ }));
      expect(shownSystems()).toEqual(['T-72', 'AKM']);
      expect(store.getState().view.platformTypes).toEqual(['mbt', 'rifle']);
      await user.click(screen.getByRole('checkbox', { name: /^Main battle tank/ }));
      expect(shownSystems()).toEqual(['AKM']);
    });

    it('narrows the rows to systems of a chosen operator', async () => {
      const { user } = await renderWithStore();
      await user.click(screen.getByRole('checkbox', { name: /^Revolutionary Guard \(IRGC\)/ }));
      expect(shownSystems()).toEqual(['AKM']);
    });

    it('narrows the rows to systems Iran can supply something for', async () => {
      const { user } = await renderWithStore();
      await user.click(screen.getByRole('checkbox', { name: /^Own variant/ }));
      expect(shownSystems()).toEqual(['RPG-7', 'AKM']);
    });

    it('shows beside each option how many systems it would keep', async () => {
      await renderWithStore();
      expect(filterOption('Iraqi Army', 4)).toBeInTheDocument();
      expect(filterOption('Iranian Army (Artesh ground force)', 2)).toBeInTheDocument();
      expect(filterOption('Ammunition', 6)).toBeInTheDocument();
      expect(filterOption('Spares & servicing', 3)).toBeInTheDocument();
      expect(filterOption('Main battle tank', 1)).toBeInTheDocument();
    });

    it('counts each option among the systems the other filters keep', async () => {
      const { user } = await renderWithStore();
      await user.click(screen.getByRole('checkbox', { name: /^Main battle tank/ }));
      expect(filterOption('Iraqi Army', 1)).toBeInTheDocument();
      expect(filterOption('Iranian Army (Artesh ground force)', 0)).toBeInTheDocument();
      expect(filterOption('Spares & servicing', 1)).toBeInTheDocument();
      // A group's own choice does not shrink its counts: the other types stay reachable.
      expect(filterOption('Assault rifle', 1)).toBeInTheDocument();
    });

    it('counts platform types among the systems of the chosen operators', async () => {
      const { user } = await renderWithStore();
      await user.click(
        screen.getByRole('checkbox', { name: /^Iranian Army \(Artesh ground force\)/ }),
      );
      expect(filterOption('Armoured personnel carrier', 1)).toBeInTheDocument();
      expect(filterOption('Rocket-propelled grenade launcher', 1)).toBeInTheDocument();
      expect(filterOption('Main battle tank', 0)).toBeInTheDocument();
      // Both operator groups are one filter, so its own choice does not shrink their counts.
      expect(filterOption('Iraqi Army', 4)).toBeInTheDocument();
      expect(filterOption('Ammunition', 2)).toBeInTheDocument();
    });

    it('offers only operators that some system has, in both countries', async () => {
      await renderWithStore();
      const iraqi = screen.getByRole('group', { name: 'Iraqi operator' });
      const iranian = screen.getByRole('group', { name: 'Iranian operator' });
      expect(within(iraqi).getAllByRole('checkbox')).toHaveLength(3);
      expect(within(iranian).getAllByRole('checkbox')).toHaveLength(4);
    });

    it('starts from the filters the link asked for', async () => {
      await renderWithStore(undefined, { view: viewWith({ operators: ['iraqi-air-force'] }) });
      expect(shownSystems()).toEqual(['Mi-17']);
      expect(screen.getByRole('checkbox', { name: /^Iraqi Air Force \(IqAF\)/ })).toBeChecked();
    });
  });

  describe('search', () => {
    it('narrows the rows as the user types, matching designations and operators', async () => {
      const { user } = await renderWithStore();
      await user.type(searchBox(), 't-72s');
      expect(shownSystems()).toEqual(['T-72']);
      await user.clear(searchBox());
      await user.type(searchBox(), 'federal police');
      expect(shownSystems()).toEqual(['RPG-7']);
    });

    it('says so when nothing matches, and "Clear all filters" brings every row back', async () => {
      const { user, store } = await renderWithStore();
      await user.click(screen.getByRole('checkbox', { name: /^Main battle tank/ }));
      await user.type(searchBox(), 'zeppelin');
      const table = comparisonTable();
      expect(within(table).getByText('No system matches these filters.')).toBeInTheDocument();
      expect(shownSystems()).toEqual([]);

      await user.click(within(table).getByRole('button', { name: 'Clear all filters' }));
      expect(bodyRows()).toHaveLength(6);
      expect(searchBox()).toHaveValue('');
      expect(screen.getByRole('checkbox', { name: /^Main battle tank/ })).not.toBeChecked();
      expect(store.getState().view.search).toBe('');
    });

    it('offers "Clear all filters" beside the summary only while the view is narrowed', async () => {
      const { user } = await renderWithStore();
      expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Sourced facts only' }));
      await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
      expect(screen.getByRole('radio', { name: /sourced and general-reference/i })).toBeChecked();
      expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
    });
  });

  describe('evidence', () => {
    const commonalityOf = (system: string) =>
      // The level and what it rests on share the cell (the qualifier sits beside the pill).
      within(screen.getByRole('row', { name: new RegExp(`^Compare ${escapeRegExp(system)} `) }))
        .getByText(/^(High|Medium|Low|None|Set aside by the filter)\b/)
        // eslint-disable-next-line testing-library/no-node-access -- the cell holds both parts
        .closest('td');

    it('shows beside each level what it rests on', async () => {
      await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      expect(commonalityOf('T-72')).toHaveTextContent('Medium · rests on an inference');
      expect(commonalityOf('M109')).toHaveTextContent('Medium · rests on an inference');
      expect(commonalityOf('M113')).toHaveTextContent('Low · stated outright');
    });

    it('says "offers", never "makes", where the source only offers', async () => {
      await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      const m113 = screen.getByRole('row', { name: /^Compare M113 / });
      expect(within(m113).getAllByText(/^Offers$/)).toHaveLength(2);
    });

    it('sets aside what inferred records alone support when only stated facts count', async () => {
      const { user, store } = await renderWithStore(undefined, {
        view: viewWith({ columnSet: 'full' }),
      });
      await user.click(screen.getByRole('radio', { name: 'Facts stated outright only' }));
      expect(store.getState().view.evidence).toBe('stated');
      expect(commonalityOf('M109')).toHaveTextContent('Low · stated outright');
      const m109 = screen.getByRole('row', { name: /^Compare M109 / });
      expect(
        within(m109).getByRole('cell', { name: /^Makes · set aside by the filter/ }),
      ).toBeInTheDocument();
      expect(summarySentence()).toHaveTextContent('facts stated outright only');
    });

    it('counts only sources graded at the chosen threshold or better', async () => {
      const { user, store } = await renderWithStore(undefined, {
        view: viewWith({ columnSet: 'full' }),
      });
      const grade = screen.getByRole('combobox', { name: 'Sources graded' });
      expect(
        within(grade)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        'Any grade',
        'B2 or better',
        'C2 or better',
        'C3 or better',
        // S001's F3 as a threshold asks nothing of the source (issue 21).
        'Information 3 or better, any source',
      ]);
      await user.selectOptions(grade, 'B2 or better');
      expect(store.getState().view.minGrade).toBe('B2');
      // The M109's records cite only S000 (graded C3), so none counts: the filter set them
      // aside, and the level says so rather than "None" (issue 21, N1). The T-72's licence
      // production, which SIPRI (S005) confirms, still counts.
      expect(commonalityOf('M109')).toHaveTextContent(/^Set aside by the filter/);
      expect(commonalityOf('T-72')).toHaveTextContent(/^Low · stated outright · weakest grade B1/);
      expect(
        within(comparisonTable()).queryByText(/the sources report no Iranian support/),
      ).not.toBeInTheDocument();
      expect(summarySentence()).toHaveTextContent('sources graded B2 or better');
      expect(grade).toHaveAccessibleDescription(
        /^Counts an item whose source is B \(usually reliable\) or better and which is itself 2 \(probably true\) or better\./,
      );
      await user.selectOptions(grade, 'Information 3 or better, any source');
      expect(store.getState().view.minGrade).toBe('F3');
      expect(summarySentence()).toHaveTextContent(
        'information graded 3 or better, from any source',
      );
      await user.selectOptions(grade, 'Any grade');
      expect(commonalityOf('T-72')).toHaveTextContent('Medium · rests on an inference');
    });
  });

  describe('the summary sentence', () => {
    it('describes the view in words and follows every change', async () => {
      const { user } = await renderWithStore();
      const sentence = summarySentence();
      expect(sentence).toHaveTextContent(/^All 6 systems$/);
      await user.click(screen.getByRole('checkbox', { name: /^Main battle tank/ }));
      await user.click(screen.getByRole('checkbox', { name: /^Armoured personnel carrier/ }));
      await user.click(screen.getByRole('checkbox', { name: /^Ammunition/ }));
      expect(sentence).toHaveTextContent(
        /^2 of 6 systems · platform type is tank or APC · ammunition reported$/,
      );
      await user.type(searchBox(), 'm113');
      expect(sentence).toHaveTextContent(
        /^1 of 6 systems · platform type is tank or APC · ammunition reported · matching “m113”$/,
      );
    });

    it('is announced politely to screen readers', async () => {
      await renderWithStore();
      expect(summarySentence()).toHaveAttribute('role', 'status');
      expect(summarySentence()).toHaveAttribute('aria-live', 'polite');
    });
  });

  describe('sorting', () => {
    it('sorts by a column when its header is pressed, and says which way', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      const header = () => screen.getByRole('columnheader', { name: /^System/ });
      expect(header()).not.toHaveAttribute('aria-sort');

      await user.click(within(header()).getByRole('button', { name: /^System/ }));
      expect(shownSystems()).toEqual(['AKM', 'M109', 'M113', 'Mi-17', 'RPG-7', 'T-72']);
      expect(header()).toHaveAttribute('aria-sort', 'ascending');
      expect(within(header()).getByRole('button')).toHaveAccessibleName('System, sorted ascending');

      await user.click(within(header()).getByRole('button'));
      expect(shownSystems()).toEqual(['T-72', 'RPG-7', 'Mi-17', 'M113', 'M109', 'AKM']);
      expect(header()).toHaveAttribute('aria-sort', 'descending');
    });

    it('sorts one column at a time unless Shift is held', async () => {
      const { user, store } = await renderWithStore(undefined, {
        view: viewWith({ columnSet: 'full' }),
      });
      await user.click(screen.getByRole('button', { name: /^Spares & servicing$/ }));
      await user.click(screen.getByRole('button', { name: /^Platform type$/ }));
      expect(store.getState().view.sorting).toEqual([{ column: 'platformType', desc: false }]);
      expect(screen.getByRole('columnheader', { name: /^Spares & servicing/ })).not.toHaveAttribute(
        'aria-sort',
      );

      await user.keyboard('{Shift>}');
      await user.click(screen.getByRole('button', { name: /^System$/ }));
      await user.keyboard('{/Shift}');
      expect(store.getState().view.sorting).toEqual([
        { column: 'platformType', desc: false },
        { column: 'system', desc: false },
      ]);
    });

    it('puts systems with a reported capability first', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      await user.click(screen.getByRole('button', { name: /^Adapted weapons$/ }));
      expect(shownSystems().slice(0, 2)).toEqual(['M113', 'Mi-17']);
    });
  });

  describe('columns', () => {
    it('hides a column chosen in the "Columns" menu and shows it again', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      const menuButton = screen.getByRole('button', { name: /^Columns \(17\/17\)$/ });
      expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await user.click(menuButton);
      expect(menuButton).toHaveAttribute('aria-expanded', 'true');

      const menu = screen.getByRole('group', { name: 'Show columns' });
      await user.click(within(menu).getByRole('checkbox', { name: 'Iraqi operator' }));
      expect(
        screen.queryByRole('columnheader', { name: /^Iraqi operator/ }),
      ).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: /^Columns \(16\/17\)$/ })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Show hidden columns' }));
      expect(screen.getByRole('columnheader', { name: /^Iraqi operator/ })).toBeInTheDocument();
    });

    it('never offers to hide the system column', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      await user.click(screen.getByRole('button', { name: /^Columns/ }));
      const menu = screen.getByRole('group', { name: 'Show columns' });
      expect(within(menu).queryByRole('checkbox', { name: 'System' })).not.toBeInTheDocument();
    });

    it('closes the menu on Escape and gives focus back to its button', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      const menuButton = screen.getByRole('button', { name: /^Columns/ });
      await user.click(menuButton);
      await user.click(screen.getByRole('checkbox', { name: 'Commonality' }));
      await user.keyboard('{Escape}');
      expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('group', { name: 'Show columns' })).not.toBeInTheDocument();
      expect(menuButton).toHaveFocus();
    });

    it('hides the general-reference columns when only sourced facts are shown', async () => {
      const { user } = await renderWithStore(undefined, { view: viewWith({ columnSet: 'full' }) });
      expect(screen.getByRole('columnheader', { name: /^Country of origin/ })).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Sourced facts only' }));
      expect(
        screen.queryByRole('columnheader', { name: /^Country of origin/ }),
      ).not.toBeInTheDocument();
      expect(summarySentence()).toHaveTextContent(/^All 6 systems · sourced facts only$/);
    });
  });
});
