import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogueProblem } from '../../../src/catalogue/problem';
import { CatalogueError } from '../../../src/ui/app/catalogue-error';

const problem = (index: number, file = 'data/catalogue.json'): CatalogueProblem => ({
  file,
  path: `systems[${index}].name`,
  message: `problem number ${index}`,
});

describe('CatalogueError', () => {
  it('alerts the user that the catalogue could not be loaded', () => {
    render(<CatalogueError problems={[problem(0)]} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('The catalogue could not be loaded');
    expect(alert).toHaveTextContent('One problem was found in data/catalogue.json.');
  });

  it('names the file, the path and the message of each problem', () => {
    render(
      <CatalogueError
        problems={[
          {
            file: 'data/catalogue.json',
            path: 'systems[2].iraq[0].operator',
            message: 'expected one of iraqi-army, irgc but got "navy"',
          },
          { file: 'seeds/sources.json', path: 'sources[1].file', message: 'bad file name' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Problems found in the catalogue' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['File', 'Where', 'Problem']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'data/catalogue.json',
      'systems[2].iraq[0].operator',
      'expected one of iraqi-army, irgc but got "navy"',
    ]);
    expect(
      within(second as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['seeds/sources.json', 'sources[1].file', 'bad file name']);
    expect(screen.getByRole('alert')).toHaveTextContent(
      '2 problems were found in data/catalogue.json and seeds/sources.json.',
    );
  });

  it('says "(whole file)" for a problem with no path', () => {
    render(<CatalogueError problems={[{ file: 'data/catalogue.json', path: '', message: 'x' }]} />);
    expect(screen.getByRole('cell', { name: '(whole file)' })).toBeInTheDocument();
  });

  it('shows the first 20 problems and counts the rest', () => {
    render(<CatalogueError problems={Array.from({ length: 23 }, (_, index) => problem(index))} />);
    const table = screen.getByRole('table', { name: 'Problems found in the catalogue' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 20);
    expect(within(table).queryByText('problem number 20')).not.toBeInTheDocument();
    // Not "of the same kind": the rest may be of any kind.
    expect(screen.getByText('…and 3 more, not shown here.')).toBeInTheDocument();
  });

  it('calls a failed request a network problem, not a fault in the file', () => {
    render(
      <CatalogueError
        problems={[
          {
            file: 'data/catalogue.json',
            path: '(file)',
            message: 'could not be fetched: the network request failed (Failed to fetch)',
            delivery: 'network',
          },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'data/catalogue.json could not be downloaded: the network request failed. This is a network problem, not a fault in the data.',
    );
    expect(alert).not.toHaveTextContent(/was found in|until it is fixed/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('blames the server, not the file, for an HTTP error', () => {
    render(
      <CatalogueError
        problems={[
          {
            file: 'seeds/sources.json',
            path: '(file)',
            message: 'could not be fetched: HTTP 503 Service Unavailable',
            delivery: 'server',
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server answered with an error instead of sending seeds/sources.json.',
    );
  });

  it('offers to try again', () => {
    render(<CatalogueError problems={[problem(0)]} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
