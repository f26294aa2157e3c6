import { BUILT_IN_VOCABULARY } from '../../../src/catalogue/built-in-vocabulary';
// The catalogue service's protocol: answers name their request, the latest query wins, and work
// the page no longer wants is cancelled.
import { describe, expect, it } from 'vitest';
import { NO_FACET_CHOICE } from '../../../src/domain/table/facets';
import { queryTable, type TableQuery } from '../../../src/domain/table/query';
import { buildRowIndex } from '../../../src/domain/table/row-index';
import { deriveRows } from '../../../src/domain/table/rows';
import { TRUST_ALL } from '../../../src/domain/sources/trust';
import {
  createCatalogueClient,
  type CatalogueClient,
} from '../../../src/state/catalogue-service/client';
import type {
  CatalogueReply,
  CatalogueRequest,
  Transport,
} from '../../../src/state/catalogue-service/protocol';
import {
  inPageTransport,
  workerTransport,
  type WorkerLike,
} from '../../../src/state/catalogue-service/transport';
import { builtInAsFile } from '../../support/catalogue-file';
import { loadShippedCatalogue } from '../../support/render-with-store';

const queryFor = (search: string): TableQuery => ({ ...NO_FACET_CHOICE, search, sorting: [] });
/** Asks a query under no evidence or grade filter, with no rows. */
const ask = (client: CatalogueClient, search: string) =>
  client.query(queryFor(search), TRUST_ALL, 0);
const shipped = loadShippedCatalogue();
const pageIndex = buildRowIndex(deriveRows(shipped.catalogue), BUILT_IN_VOCABULARY);
const fileOf = (value: unknown, name = 'analyst.json') =>
  Object.assign(new Blob([JSON.stringify(value)]), { name });

/** A transport the test answers by hand, recording what the page asked. */
function manualTransport() {
  const requests: CatalogueRequest[] = [];
  let deliver: (reply: CatalogueReply) => void = () => undefined;
  let fail: (reason: string) => void = () => undefined;
  const transport: Transport = {
    post: (request) => requests.push(request),
    listen: (onReply, onFailure) => {
      deliver = onReply;
      fail = onFailure;
    },
    terminate: () => undefined,
  };
  return {
    transport,
    requests,
    reply: (r: CatalogueReply) => deliver(r),
    fail: (r: string) => fail(r),
  };
}

const answerTo = (id: number, size: number): CatalogueReply => ({
  id,
  type: 'answer',
  order: Uint32Array.from({ length: size }, (_, i) => i),
  counts: queryTable(pageIndex, queryFor('')).counts,
  total: size,
  rows: [],
});

describe('the catalogue service client', () => {
  it('settles a query that a later one replaced with null, and ignores its late answer', async () => {
    const { transport, requests, reply } = manualTransport();
    const client = createCatalogueClient(transport);
    const first = ask(client, 't');
    const second = ask(client, 't-7');
    await expect(first).resolves.toBeNull();
    const [firstAsked, cancel, secondAsked] = requests;
    expect(cancel).toEqual({ id: expect.any(Number), type: 'cancel', target: firstAsked?.id });
    // The answer to the replaced query arrives anyway: it must not settle the latest one.
    reply(answerTo(firstAsked?.id ?? -1, 3));
    reply(answerTo(secondAsked?.id ?? -1, 1));
    expect((await second)?.order).toEqual(Uint32Array.of(0));
  });

  it('answers only the latest of queries asked together, with the engine’s result', async () => {
    const client = createCatalogueClient(inPageTransport());
    await client.load(shipped);
    const answers = await Promise.all(['a', 'ap', 'apc'].map((search) => ask(client, search)));
    expect(answers.slice(0, 2)).toEqual([null, null]);
    const expected = queryTable(pageIndex, queryFor('apc'));
    expect(answers[2]).toEqual({ ...expected, rows: [] });
    expect(expected.order.length).toBeGreaterThan(0);
  });

  it('drops a query asked of the previous catalogue once another is ready', async () => {
    const { transport, requests, reply } = manualTransport();
    const client = createCatalogueClient(transport);
    const asked = ask(client, '');
    const loading = client.load(shipped);
    const load = requests.find((request) => request.type === 'load');
    reply({ id: load?.id ?? -1, type: 'ready', summary: {} as never });
    await expect(asked).resolves.toBeNull();
    await expect(loading).resolves.toMatchObject({ outcome: 'ready' });
  });

  it('keeps the row it holds when a later answer carries the same row again', async () => {
    const client = createCatalogueClient(inPageTransport());
    await client.load(shipped);
    const first = await client.query(queryFor(''), TRUST_ALL, 6);
    const held = client.heldAt(TRUST_ALL, 0);
    const again = await client.query(queryFor(''), TRUST_ALL, 7);
    expect(first?.rows[0]).not.toBe(again?.rows[0]);
    expect(held).toBeDefined();
    expect(client.heldAt(TRUST_ALL, 0)).toBe(held);
  });

  it('settles the answer before it tells of the rows, so both are drawn in one render', async () => {
    const client = createCatalogueClient(inPageTransport());
    await client.load(shipped);
    const seen: string[] = [];
    // React draws what a listener tells it of in a microtask after the call.
    client.subscribe(() => queueMicrotask(() => seen.push('rows drawn')));
    await client.query(queryFor(''), TRUST_ALL, 2).then(() => {
      seen.push(client.heldAt(TRUST_ALL, 0) ? 'answer, its rows held' : 'answer, no rows');
    });
    await Promise.resolve();
    expect(seen).toEqual(['answer, its rows held', 'rows drawn']);
  });

  it('gives a query that asks what the last one asked that answer, without asking again', async () => {
    const { transport, requests, reply } = manualTransport();
    const client = createCatalogueClient(transport);
    const first = ask(client, 'apc');
    // Equal, not the same object: a view read back from a link asks with new lists.
    const second = client.query({ ...queryFor('apc'), operators: [] }, { ...TRUST_ALL }, 0);
    expect(second).toBe(first);
    const queries = () => requests.filter((request) => request.type === 'query');
    expect(queries()).toHaveLength(1);
    reply(answerTo(queries()[0]?.id ?? -1, 2));
    const answer = await first;
    await expect(ask(client, 'apc')).resolves.toBe(answer);
    expect(queries()).toHaveLength(1);
    // Asked otherwise, it is asked anew.
    void client.query(queryFor('apc'), TRUST_ALL, 6);
    expect(queries()).toHaveLength(2);
  });

  it('asks again once another catalogue is ready, and after an answer was dropped', async () => {
    const { transport, requests, reply } = manualTransport();
    const client = createCatalogueClient(transport);
    const queries = () => requests.filter((request) => request.type === 'query');
    void ask(client, 'apc');
    const loading = client.load(shipped);
    const load = requests.find((request) => request.type === 'load');
    reply({ id: load?.id ?? -1, type: 'ready', summary: {} as never });
    await loading;
    const asked = ask(client, 'apc');
    expect(queries()).toHaveLength(2);
    reply({ id: queries()[1]?.id ?? -1, type: 'dropped' });
    await expect(asked).resolves.toBeNull();
    void ask(client, 'apc');
    expect(queries()).toHaveLength(3);
  });

  it('hands over the catalogue it holds, whole, and nothing before one is held', async () => {
    const client = createCatalogueClient(inPageTransport());
    await expect(client.catalogue()).resolves.toBeNull();
    await client.load(shipped);
    const data = await client.catalogue();
    expect(data?.catalogue.systems.map((system) => system.id)).toEqual(
      shipped.catalogue.systems.map((system) => system.id),
    );
    expect(data?.sources).toEqual(shipped.sources);
  });

  it('cancels an open: the outcome says so and the catalogue held stays', async () => {
    const client = createCatalogueClient(inPageTransport());
    await client.load(shipped);
    const other = { ...builtInAsFile() };
    const opening = client.open(fileOf(other), 'analyst.json', () => undefined);
    opening.cancel();
    await expect(opening.done).resolves.toEqual({ outcome: 'dropped' });
    const answer = await ask(client, '');
    expect(answer?.total).toBe(shipped.catalogue.systems.length);
  });

  it('ends the first open when a second starts, and holds the second file', async () => {
    const client = createCatalogueClient(inPageTransport());
    const file = builtInAsFile();
    const first = client.open(fileOf({ ...file, title: 'First' }), 'first.json', () => undefined);
    const second = client.open(
      fileOf({ ...file, title: 'Second' }),
      'second.json',
      () => undefined,
    );
    await expect(first.done).resolves.toEqual({ outcome: 'dropped' });
    const opened = await second.done;
    expect(opened.outcome === 'ready' && opened.summary.identity?.title).toBe('Second');
  });

  it('reports a file the checks refuse, with its problems', async () => {
    const client = createCatalogueClient(inPageTransport());
    const opened = await client.open(fileOf({ kind: 'nonsense' }), 'bad.json', () => undefined)
      .done;
    expect(opened.outcome).toBe('failed');
    expect(opened.outcome === 'failed' && opened.problems.length).toBeGreaterThan(0);
  });

  it('settles everything waiting when the service stops, and says why', async () => {
    const { transport, fail } = manualTransport();
    const client = createCatalogueClient(transport);
    const asked = ask(client, '');
    const rows = client.rows(TRUST_ALL, { positions: [0] });
    const opening = client.open(fileOf(builtInAsFile()), 'a.json', () => undefined);
    fail('the background reader stopped');
    await expect(asked).resolves.toBeNull();
    await expect(rows).resolves.toEqual({ rows: [], positions: [] });
    await expect(opening.done).resolves.toEqual({
      outcome: 'broken',
      reason: 'the background reader stopped',
    });
    expect(client.broken()).toBe('the background reader stopped');
  });
});

/** A worker that answers nothing until the test calls its handlers. */
const silentWorker = (): WorkerLike => ({
  postMessage: () => undefined,
  terminate: () => undefined,
  onmessage: null,
  onerror: null,
  onmessageerror: null,
});

describe('the worker transport', () => {
  it('gives way to the service on the page when the worker fails before it answers', async () => {
    const worker = silentWorker();
    const client = createCatalogueClient(workerTransport(() => worker));
    const loading = client.load(shipped);
    worker.onerror?.({} as ErrorEvent);
    await expect(loading).resolves.toMatchObject({ outcome: 'ready' });
    expect((await ask(client, ''))?.total).toBe(shipped.catalogue.systems.length);
  });

  it('reports a worker that fails after answering: the catalogue it held is gone', async () => {
    const worker = silentWorker();
    const client = createCatalogueClient(workerTransport(() => worker));
    void client.load(shipped);
    worker.onmessage?.({ data: { id: 99, type: 'dropped' } } as MessageEvent<CatalogueReply>);
    const asked = ask(client, '');
    worker.onerror?.({} as ErrorEvent);
    await expect(asked).resolves.toBeNull();
    expect(client.broken()).toBe('the background reader stopped');
  });
});
