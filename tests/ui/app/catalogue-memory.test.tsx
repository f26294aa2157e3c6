// Going back to the built-in catalogue, or opening another file, lets the previous catalogue go.
// A heap reading needs a browser; here a WeakRef to the catalogue is checked after a forced
// collection, with the whole app rendered, which is where the catalogue used to be held (in the
// hook state React keeps from each component's previous render).
import { act, screen } from '@testing-library/react';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inPageTransport } from '../../../src/state/catalogue-service/transport';
import { openCatalogueFile, type OpenDeps } from '../../../src/state/open-catalogue';
import type { ViewStore } from '../../../src/state/store';
import { builtInAsFile } from '../../support/catalogue-file';
import { renderWithStore } from '../../support/render-with-store';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PAGE_ONLY: OpenDeps = { transport: () => inPageTransport(() => Promise.resolve()) };
const fileOf = (title: string) =>
  Object.assign(new Blob([JSON.stringify({ ...builtInAsFile(), title })]), {
    name: `${title}.json`,
  });

async function open(store: ViewStore, title: string): Promise<WeakRef<object>[]> {
  await act(() => openCatalogueFile(store, fileOf(title), PAGE_ONLY));
  await screen.findByText(title);
  const { catalogue, service } = store.getState();
  if (catalogue.status !== 'ready') throw new Error(`${title} did not open`);
  // The systems live in the catalogue's service (here on the page), and the page's part of the
  // catalogue in the store: both must go.
  return [new WeakRef(service), new WeakRef(catalogue.data)];
}

/** True once nothing holds the value; a WeakRef holds its target until the current job ends. */
async function released(refs: WeakRef<object>[]): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    if (refs.every((ref) => ref.deref() === undefined)) return true;
  }
  return false;
}

describe('the previous catalogue', () => {
  it('is let go after Back to the built-in catalogue', async () => {
    const { store, user } = await renderWithStore();
    const opened = await open(store, 'First');
    await user.click(screen.getByRole('button', { name: 'Back to the built-in catalogue' }));
    expect(screen.getByText('Built-in catalogue')).toBeInTheDocument();
    expect(await released(opened)).toBe(true);
  });

  it('is let go when another file replaces it', async () => {
    const { store } = await renderWithStore();
    const first = await open(store, 'First');
    await open(store, 'Second');
    expect(await released(first)).toBe(true);
  });
});
