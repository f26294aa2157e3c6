import { idsOf } from '../../src/domain/link/known-ids';
import { describe, expect, it } from 'vitest';
import { NO_FACET_CHOICE } from '../../src/domain/table/facets';
import { TRUST_ALL } from '../../src/domain/sources/trust';
import { createCatalogueHost } from '../../src/state/catalogue-service/host';
import type { CatalogueReply, CatalogueRequest } from '../../src/state/catalogue-service/protocol';
import {
  inPageTransport,
  workerTransport,
  type WorkerLike,
} from '../../src/state/catalogue-service/transport';
import { cancelOpen, openCatalogueFile, type OpenDeps } from '../../src/state/open-catalogue';
import { createViewStore } from '../../src/state/store';
import { builtInAsFile } from '../support/catalogue-file';
import { loadShippedCatalogue } from '../support/render-with-store';

// No worker in jsdom: the same service runs on the page, in slices.
const PAGE_ONLY: OpenDeps = { transport: () => inPageTransport(() => Promise.resolve()) };
const fileOf = (value: unknown, name = 'analyst.json') =>
  Object.assign(new Blob([typeof value === 'string' ? value : JSON.stringify(value)]), { name });

/** A worker that takes each request and then does what the test says (by default, nothing). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<CatalogueReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  host: ((request: CatalogueRequest) => void) | null = null;
  constructor(
    private readonly onRequest: (worker: FakeWorker, request: CatalogueRequest) => void,
  ) {}
  postMessage(request: CatalogueRequest) {
    this.onRequest(this, request);
  }
  terminate() {
    this.terminated = true;
  }
  send(reply: CatalogueReply) {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<CatalogueReply>);
  }
}

const NEVER_REPLIES = () => undefined;
/** Runs the real service, in this thread, and answers as a worker would. */
const ANSWERS = (worker: FakeWorker, request: CatalogueRequest) => {
  worker.host ??= createCatalogueHost(
    (reply) => worker.send(reply),
    () => Promise.resolve(),
  );
  worker.host(request);
};

function withWorker(onRequest: (worker: FakeWorker, request: CatalogueRequest) => void) {
  const workers: FakeWorker[] = [];
  const deps: OpenDeps = {
    transport: () =>
      workerTransport(
        () => {
          const worker = new FakeWorker(onRequest);
          workers.push(worker);
          return worker;
        },
        () => inPageTransport(() => Promise.resolve()),
      ),
    quietLimitMs: () => 50,
  };
  return { deps, workers };
}

function loadedStore() {
  const store = createViewStore();
  store.getState().actions.catalogueLoaded(loadShippedCatalogue());
  return store;
}

describe('openCatalogueFile', () => {
  it('shows the opened catalogue with its identity, in a new history entry', async () => {
    const store = loadedStore();
    const file = builtInAsFile();
    (file.catalogue as { systems: unknown[] }).systems.splice(2);
    await openCatalogueFile(store, fileOf(file), PAGE_ONLY);
    const state = store.getState();
    expect(state.catalogue.status).toBe('ready');
    if (state.catalogue.status !== 'ready') return;
    expect(idsOf(state.catalogue.known.systems)).toEqual(['t-72', 'm109']);
    expect(state.catalogue.identity).toMatchObject({
      fileName: 'analyst.json',
      title: 'Built-in, as a file',
    });
    expect(state.view.catalogueId).toBe(state.catalogue.identity?.id);
    expect(state.view.catalogueFile).toBe('analyst.json');
    expect(state.historyMode).toBe('push');
    expect(state.opening).toBeNull();
  });

  it('keeps what was typed in the search box while the file opened, and only that', async () => {
    const store = loadedStore();
    store.getState().actions.setSearch('T-72');
    store.getState().actions.toggleFacet('platformTypes', 'rifle');
    const opening = openCatalogueFile(store, fileOf(builtInAsFile()), PAGE_ONLY);
    store.getState().actions.setSearch('m1');
    await opening;
    // The filter was the old catalogue's; the text was typed for the new one.
    expect(store.getState().view).toMatchObject({ search: 'm1', platformTypes: [] });

    store.getState().actions.setSearch('AKM');
    await openCatalogueFile(store, fileOf(builtInAsFile(), 'second.json'), PAGE_ONLY);
    expect(store.getState().view.search).toBe('');
  });

  it('gives an opened copy of the built-in catalogue the same rows for every search', async () => {
    const store = loadedStore();
    const idsFor = async (search: string) => {
      const { service } = store.getState();
      const answer = await service.query(
        { ...NO_FACET_CHOICE, search, sorting: [] },
        TRUST_ALL,
        10,
      );
      return answer?.rows.map((row) => row.id);
    };
    const all = (searches: string[]) => Promise.all(searches.map(idsFor));
    // Glossary abbreviations and terms included: "APC" finds the M113 in both.
    const searches = [
      'APC',
      'SPH',
      'mbt',
      'IqAF',
      'Islamic Revolutionary Guard',
      'army',
      't-72s',
      'Kalashnikov',
    ];
    const builtIn = await all(searches);
    await openCatalogueFile(store, fileOf(builtInAsFile()), PAGE_ONLY);
    expect(
      store.getState().catalogue.status === 'ready' && store.getState().catalogue,
    ).toMatchObject({
      identity: { fileName: 'analyst.json' },
    });
    expect(await all(searches)).toEqual(builtIn);
    expect(await idsFor('APC')).toEqual(['m113']);
    expect(await idsFor('Kalashnikov')).toEqual(['akm']);
  });

  it('keeps the catalogue on screen when the file is refused, and says why', async () => {
    const store = loadedStore();
    store.getState().actions.toggleFacet('platformTypes', 'rifle');
    const before = store.getState().catalogue;
    await openCatalogueFile(store, fileOf('{"kind": 3'), PAGE_ONLY);
    const state = store.getState();
    expect(state.catalogue).toBe(before);
    expect(state.view.platformTypes).toEqual(['rifle']);
    expect(state.openFailure?.fileName).toBe('analyst.json');
    expect(state.openFailure?.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('goes back to the built-in catalogue on request', async () => {
    const store = loadedStore();
    await openCatalogueFile(store, fileOf(builtInAsFile()), PAGE_ONLY);
    store.getState().actions.showBuiltIn();
    const state = store.getState();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity).toBeNull();
    expect(state.view.catalogueId).toBeNull();
    expect(state.historyMode).toBe('push');
  });

  it('applies a held link once the file it was made on is opened', async () => {
    const store = loadedStore();
    const file = fileOf(builtInAsFile());
    await openCatalogueFile(store, file, PAGE_ONLY);
    const id = store.getState().view.catalogueId ?? '';
    store.getState().actions.showBuiltIn();
    store.getState().actions.setPendingLink({
      id,
      fileName: 'analyst.json',
      search: `?v=1&cat=${id}&catfile=analyst.json&type=rifle&sys=akm`,
    });
    await openCatalogueFile(store, file, PAGE_ONLY);
    const state = store.getState();
    expect(state.pendingLink).toBeNull();
    expect(state.view).toMatchObject({ catalogueId: id, platformTypes: ['rifle'], detail: 'akm' });
  });

  it('says so when the file opened is not the one a held link was made on', async () => {
    const store = loadedStore();
    store.getState().actions.setPendingLink({
      id: '0123456789ab',
      fileName: 'theirs.json',
      search: '?v=1&cat=0123456789ab',
    });
    await openCatalogueFile(store, fileOf(builtInAsFile()), PAGE_ONLY);
    const state = store.getState();
    expect(state.pendingLink).toBeNull();
    expect(state.notices.map((notice) => notice.title)).toContain(
      'This is not the file the link was made on',
    );
  });
});

describe('openCatalogueFile with a worker', () => {
  it('opens a large file through the worker, which then holds it until it is replaced', async () => {
    const store = loadedStore();
    const { deps, workers } = withWorker(ANSWERS);
    // Six systems are over a limit of five: the catalogue stays in the worker.
    await openCatalogueFile(store, fileOf(builtInAsFile()), { ...deps, heldOnPageUpTo: 5 });
    const state = store.getState();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity?.fileName).toBe(
      'analyst.json',
    );
    expect(workers[0]?.terminated).toBe(false);
    const answer = await state.service.query(
      { ...NO_FACET_CHOICE, search: 'akm', sorting: [] },
      { evidence: 'all', minGrade: null },
      10,
    );
    expect(answer?.rows.map((row) => row.id)).toEqual(['akm']);
    state.actions.showBuiltIn();
    expect(workers[0]?.terminated).toBe(true);
  });

  it('hands a small catalogue to the page once the worker has checked it', async () => {
    const store = loadedStore();
    const requests: string[] = [];
    const { deps, workers } = withWorker((worker, request) => {
      requests.push(request.type);
      ANSWERS(worker, request);
    });
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    const state = store.getState();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity?.fileName).toBe(
      'analyst.json',
    );
    expect(requests).toEqual(['open', 'catalogue']);
    expect(workers[0]?.terminated).toBe(true);
    const answer = await state.service.query(
      { ...NO_FACET_CHOICE, search: 'akm', sorting: [] },
      TRUST_ALL,
      10,
    );
    expect(answer?.rows.map((row) => row.id)).toEqual(['akm']);
    // The page's service, not the stopped worker, answered.
    expect(requests).toEqual(['open', 'catalogue']);
  });

  it('keeps a small catalogue in the worker when it will not hand it over', async () => {
    const store = loadedStore();
    const { deps, workers } = withWorker((worker, request) =>
      request.type === 'catalogue'
        ? worker.send({ id: request.id, type: 'dropped' })
        : ANSWERS(worker, request),
    );
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    const state = store.getState();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity?.fileName).toBe(
      'analyst.json',
    );
    expect(workers[0]?.terminated).toBe(false);
    const answer = await state.service.query(
      { ...NO_FACET_CHOICE, search: 'akm', sorting: [] },
      TRUST_ALL,
      10,
    );
    expect(answer?.rows.map((row) => row.id)).toEqual(['akm']);
  });

  it('gives up on a worker that never replies, says so, and offers to try again', async () => {
    const store = loadedStore();
    const before = store.getState().catalogue;
    const { deps, workers } = withWorker(NEVER_REPLIES);
    const file = fileOf(builtInAsFile());
    await openCatalogueFile(store, file, deps);
    const state = store.getState();
    expect(state.opening).toBeNull();
    expect(state.catalogue).toBe(before);
    expect(state.openFailure?.retry).toBe(file);
    expect(state.openFailure?.problems[0]?.message).toMatch(
      /^could not be checked: the background reader stopped answering/,
    );
    expect(workers[0]?.terminated).toBe(true);
  });

  it('gives up on a worker that falls silent part way', async () => {
    const store = loadedStore();
    const { deps } = withWorker((worker, request) =>
      worker.send({
        id: request.id,
        type: 'progress',
        progress: { phase: 'checking', done: 0, total: 10 },
      }),
    );
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    expect(store.getState().openFailure?.problems[0]?.message).toMatch(/stopped answering/);
  });

  it('fails the open when a message from the worker cannot be received', async () => {
    const store = loadedStore();
    const { deps } = withWorker((worker) => worker.onmessageerror?.({} as MessageEvent));
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    expect(store.getState().openFailure?.problems[0]?.message).toMatch(/message .* was lost/);
  });

  it('opens on the page instead when the worker reports an error', async () => {
    const store = loadedStore();
    const { deps } = withWorker((worker) => worker.onerror?.({} as ErrorEvent));
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    const state = store.getState();
    expect(state.openFailure).toBeNull();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity).not.toBeNull();
  });

  it('opens the same file again on Try again', async () => {
    const store = loadedStore();
    await openCatalogueFile(store, fileOf(builtInAsFile()), withWorker(NEVER_REPLIES).deps);
    const retry = store.getState().openFailure?.retry;
    expect(retry).toBeDefined();
    if (!retry) return;
    await openCatalogueFile(store, retry, withWorker(ANSWERS).deps);
    const state = store.getState();
    expect(state.openFailure).toBeNull();
    expect(state.catalogue.status === 'ready' && state.catalogue.identity?.fileName).toBe(
      'analyst.json',
    );
  });

  it('stops on Cancel and keeps the catalogue on screen, with no error', async () => {
    const store = loadedStore();
    const before = store.getState().catalogue;
    const { deps, workers } = withWorker(NEVER_REPLIES);
    const opened = openCatalogueFile(store, fileOf(builtInAsFile()), {
      ...deps,
      quietLimitMs: () => 60_000,
    });
    expect(store.getState().opening?.fileName).toBe('analyst.json');
    cancelOpen(store);
    await opened;
    const state = store.getState();
    expect(state.opening).toBeNull();
    expect(state.openFailure).toBeNull();
    expect(state.catalogue).toBe(before);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('ignores a late answer from a worker it has given up on', async () => {
    const store = loadedStore();
    const { deps, workers } = withWorker(NEVER_REPLIES);
    await openCatalogueFile(store, fileOf(builtInAsFile()), deps);
    const failure = store.getState().openFailure;
    workers[0]!.terminated = false;
    workers[0]!.send({ id: 1, type: 'failed', problems: [], total: 0 });
    expect(store.getState().openFailure).toBe(failure);
  });
});
