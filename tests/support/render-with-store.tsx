// Renders UI against the shipped catalogue in a fresh store, the way main.tsx does once loading
// has finished, so component tests see exactly the data users see.
import { render, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { CATALOGUE_FILE, REGISTER_FILE, type LoadedCatalogue } from '../../src/catalogue/loaded';
import { parseCatalogue } from '../../src/catalogue/parse-catalogue';
import { defaultView, type ViewState } from '../../src/domain/view/state';
import { createViewStore, type ViewStore } from '../../src/state/store';
import { App } from '../../src/ui/app/app';
import { StoreProvider } from '../../src/ui/shared/store-context';
import { readJson } from '../catalogue/read-shipped-data';
import { preloadLaterParts } from '../../src/ui/app/later-parts';

/** The shipped catalogue and source register, parsed and checked like the app does. */
export function loadShippedCatalogue(): LoadedCatalogue {
  const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
  if (!result.ok) {
    throw new Error(
      `the shipped catalogue does not load:\n${result.problems
        .map((problem) => `${problem.file} ${problem.path}: ${problem.message}`)
        .join('\n')}`,
    );
  }
  return result.data;
}

/** A view that differs from the default only where the test says. */
export const viewWith = (changes: Partial<ViewState> = {}): ViewState => ({
  ...defaultView(),
  ...changes,
});

export type RenderWithStoreOptions = {
  /** The view the link asked for; the default view when left out. */
  view?: ViewState;
  /** Leave the store loading instead of handing it the catalogue. */
  loaded?: boolean;
};

export type RenderWithStoreResult = RenderResult & { store: ViewStore; user: UserEvent };

/** Rows still on their way from the catalogue service, to the table or the comparison. */
const busyTable = () => document.querySelector('[aria-busy="true"]');

/**
 * Renders the UI and, once a catalogue is loaded, waits for the table's first answer from the
 * catalogue service, so the test starts from the rows a user would first see.
 */
export async function renderWithStore(
  ui: ReactElement = <App />,
  { view, loaded = true }: RenderWithStoreOptions = {},
): Promise<RenderWithStoreResult> {
  const store = createViewStore();
  if (loaded) store.getState().actions.catalogueLoaded(loadShippedCatalogue(), view);
  const user = userEvent.setup();
  // As the page is once idle after its first paint: the parts loaded later are here.
  await preloadLaterParts();
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  if (loaded) await waitForRows();
  return { store, user, ...result };
}

/**
 * Waits until the table on screen (if any) shows the catalogue service's latest answer. The wait
 * is bounded at 5 s rather than Testing Library's 1 s: the first answer comes after the whole app's
 * first render, which took over a second in a CI run on a loaded 2-core machine. Not a timing
 * check: the answer is awaited, never timed.
 */
export const waitForRows = () =>
  waitFor(
    () => {
      if (busyTable()) throw new Error('the table is still waiting for its rows');
    },
    { timeout: 5000 },
  );
