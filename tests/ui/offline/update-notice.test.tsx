import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAppUpdate } from '../../../src/ui/offline/app-update';
import { UpdateNotice } from '../../../src/ui/offline/update-notice';

describe('the new-version notice', () => {
  it('stays hidden until a new version waits, then reloads only when asked', async () => {
    const update = createAppUpdate();
    render(<UpdateNotice update={update} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const switchVersion = vi.fn();
    act(() => update.announce(switchVersion));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the app is ready.');
    expect(switchVersion).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(switchVersion).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
  });

  it('can be put off: "Later" hides it and switches nothing', async () => {
    const update = createAppUpdate();
    const switchVersion = vi.fn();
    update.announce(switchVersion);
    render(<UpdateNotice update={update} />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('complementary', { name: 'New version' })).not.toBeInTheDocument();
    expect(switchVersion).not.toHaveBeenCalled();
  });
});
