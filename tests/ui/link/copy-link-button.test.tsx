import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_LINK_REFUSED, CopyLinkButton } from '../../../src/ui/link/copy-link-button';
import { renderWithStore, viewWith } from '../../support/render-with-store';

function stubClipboard(writeText: Clipboard['writeText'] | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

afterEach(() => {
  stubClipboard(undefined);
  vi.restoreAllMocks();
});

describe('CopyLinkButton', () => {
  it('copies the address of this view and confirms it', async () => {
    const { user } = await renderWithStore(<CopyLinkButton />, {
      view: viewWith({ platformTypes: ['mbt'] }),
    });
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?v=1&type=mbt`);
    expect(await screen.findByRole('button', { name: 'Link copied ✓' })).toBeInTheDocument();
  });

  it('shows a failed copy on screen, not only to screen readers, until the next try', async () => {
    const { user } = await renderWithStore(<CopyLinkButton />);
    // userEvent.setup() installs a clipboard of its own, so the refusing one goes in after it.
    stubClipboard(vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(document, 'execCommand', {
      value: vi.fn(() => false),
      configurable: true,
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const message = await screen.findByText(COPY_LINK_REFUSED);
    expect(message).toHaveAttribute('role', 'status');
    expect(message).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });
});
