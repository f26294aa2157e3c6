import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { later } from '../../../src/ui/app/later';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((now) => now + 1)}>
      {label} {count}
    </button>
  );
}

/** A chunk that arrives when the test says so. */
function deferredPart() {
  let arrive: () => void = () => undefined;
  const part = later<{ label: string }>(
    () =>
      new Promise((resolve) => {
        arrive = () => resolve(Counter);
      }),
  );
  return { part, arrive: () => arrive() };
}

describe('a part loaded later', () => {
  it('shows its fallback until the chunk arrives, then the part', async () => {
    const { part, arrive } = deferredPart();
    render(<part.Part label="Pressed" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByRole('button', { name: 'Pressed 0' })).toBeInTheDocument();
  });

  it('keeps the state of a part drawn before its chunk arrived', async () => {
    const { part, arrive } = deferredPart();
    function Host() {
      // Re-renders when the chunk arrives, as the workspace does.
      const loaded = part.useLoaded();
      return (
        <>
          <part.Part label="Pressed" />
          <p>{loaded ? 'loaded' : 'waiting'}</p>
        </>
      );
    }
    render(<Host />);
    await act(async () => arrive());
    const button = await screen.findByRole('button', { name: 'Pressed 0' });
    await act(async () => button.click());
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pressed 1' })).toBe(button);
  });

  it('draws a part at once, with no fallback, once it has been preloaded', async () => {
    const { part, arrive } = deferredPart();
    const loading = part.preload();
    arrive();
    await loading;
    render(<part.Part label="Ready" fallback={<p>Loading…</p>} />);
    expect(screen.getByRole('button', { name: 'Ready 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('asks for a chunk again after a failed load', async () => {
    let calls = 0;
    const part = later<{ label: string }>(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
    });
    await expect(part.preload()).rejects.toThrow('offline');
    await part.preload();
    expect(calls).toBe(2);
  });
});
