import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtInAsFile } from '../../support/catalogue-file';
import { renderWithStore } from '../../support/render-with-store';

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });

describe('Open catalogue…', () => {
  it('opens a good file and says which catalogue is shown', async () => {
    const { user } = await renderWithStore();
    expect(screen.getByText('Built-in catalogue')).toBeInTheDocument();
    const catalogue = builtInAsFile();
    (catalogue as { title: string }).title = 'My catalogue';
    await act(() =>
      user.upload(
        screen.getByLabelText('Open catalogue'),
        file(JSON.stringify(catalogue), 'mine.json'),
      ),
    );
    expect(await screen.findByText('My catalogue', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('(mine.json)')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Back to the built-in catalogue' }),
    ).toBeInTheDocument();
  });

  it('shows what is wrong with a bad file and keeps the table on screen', async () => {
    const { user } = await renderWithStore();
    await act(() => user.upload(screen.getByLabelText('Open catalogue'), file('[]', 'bad.json')));
    const alert = await screen.findByRole(
      'alert',
      { name: 'bad.json could not be opened' },
      { timeout: 10_000 },
    );
    expect(alert).toHaveTextContent('expected an object (a catalogue file) but got an array');
    expect(screen.getByText('Built-in catalogue')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'T-72: open details' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByRole('alert', { name: 'bad.json could not be opened' }),
    ).not.toBeInTheDocument();
  });
});
