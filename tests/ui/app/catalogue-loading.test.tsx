import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueLoading, SLOW_LOAD_MS } from '../../../src/ui/app/catalogue-loading';

describe('CatalogueLoading', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the catalogue is loading, with nothing to do yet', () => {
    render(<CatalogueLoading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the catalogue…');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says it is still loading and offers to try again when the request does not answer', () => {
    render(<CatalogueLoading />);
    act(() => vi.advanceTimersByTime(SLOW_LOAD_MS - 1));
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status')).toHaveTextContent(/^Still loading the catalogue…/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
