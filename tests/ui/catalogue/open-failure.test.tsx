import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogueProblem } from '../../../src/catalogue/problem';
import { problemCount } from '../../../src/ui/catalogue/open-failure';
import { renderWithStore } from '../../support/render-with-store';

const aProblem = (i: number): CatalogueProblem => ({
  file: 'many.json',
  path: `catalogue.systems[${i}].id`,
  message: 'a system id must be lower-case letters, digits and hyphens',
});

describe('problemCount', () => {
  it('says one problem, a few, or the true total and how many are listed', () => {
    expect(problemCount(1, 1)).toBe('One problem was found.');
    expect(problemCount(3, 3)).toBe('3 problems were found.');
    expect(problemCount(1000, 20)).toBe('1,000 problems were found; the first 20 are listed.');
  });
});

describe('OpenFailure', () => {
  it('gives the true number of problems, not the number kept', async () => {
    const { store } = await renderWithStore();
    const problems = Array.from({ length: 200 }, (_, i) => aProblem(i));
    act(() =>
      store.getState().actions.openFailed({ fileName: 'many.json', problems, total: 1000 }),
    );
    const alert = screen.getByRole('alert', { name: 'many.json could not be opened' });
    expect(alert).toHaveTextContent('1,000 problems were found; the first 20 are listed.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent('…and 980 more.');
    expect(alert).not.toHaveTextContent('200 problems');
  });

  it('says when checking stopped before the last stage, so one problem is not read as all', async () => {
    const { store } = await renderWithStore();
    act(() =>
      store.getState().actions.openFailed({
        fileName: 'shape.json',
        problems: [aProblem(0)],
        total: 1,
        unchecked: 'the links between facts and sources (ids, citations, dates)',
      }),
    );
    const alert = screen.getByRole('alert', { name: 'shape.json could not be opened' });
    expect(alert).toHaveTextContent(
      'One problem was found. Checking stopped there: the links between facts and sources (ids, citations, dates) were not checked yet.',
    );
  });

  it('offers Try again when the reader failed rather than the file', async () => {
    const { store, user } = await renderWithStore();
    const file = Object.assign(new Blob(['[]']), { name: 'stuck.json' });
    const message = 'could not be checked: the background reader stopped answering';
    act(() =>
      store.getState().actions.openFailed({
        fileName: 'stuck.json',
        problems: [{ file: 'stuck.json', path: '(file)', message }],
        total: 1,
        retry: file,
      }),
    );
    const alert = screen.getByRole('alert', { name: 'stuck.json could not be opened' });
    expect(alert).toHaveTextContent(`It ${message}.`);
    expect(alert).not.toHaveTextContent('problem was found');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // The same file is opened again: here it is refused for what it holds, with no Try again.
    const refused = await screen.findByText(/expected an object/, {}, { timeout: 10_000 });
    expect(refused).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
