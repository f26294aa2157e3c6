import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../support/render-with-store';

describe('OpenProgress', () => {
  it('offers Cancel while a file opens, and Cancel ends the open', async () => {
    const { store, user } = await renderWithStore();
    act(() => {
      store.getState().actions.openStarted('big.json');
      store.getState().actions.openProgressed({ phase: 'checking', done: 1000, total: 10_000 });
    });
    expect(screen.getByText('Checking 10,000 systems… 10 %')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().opening).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.getByText('Built-in catalogue')).toBeInTheDocument();
  });
});
