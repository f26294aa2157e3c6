import { describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load';
import { CATALOGUE_FILE, REGISTER_FILE, type LoadResult } from '../../src/catalogue/loaded';
import { parseCatalogue } from '../../src/catalogue/parse-catalogue';
import type { CatalogueProblem } from '../../src/catalogue/problem';
import { readJson, readText } from './read-shipped-data';

const problemsOf = (result: LoadResult): CatalogueProblem[] => (result.ok ? [] : result.problems);

describe('parseCatalogue', () => {
  it('returns the catalogue and the sources when both files are sound', () => {
    const result = parseCatalogue(readJson(CATALOGUE_FILE), readJson(REGISTER_FILE));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.catalogue.systems).toHaveLength(6);
      expect(result.data.sources).toHaveLength(6);
    }
  });

  it('names the path, the declared values and the bad value of a misspelt operator', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    catalogue.systems[0].iraq[0].operator = 'iraq-army';
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[0].iraq[0].operator',
        message:
          'operator "iraq-army" is not declared by this catalogue (declared: "iraqi-army", "iraqi-air-force", "iraqi-federal-police", "iranian-army", "iranian-armed-forces", "irgc", "irgc-af"; this catalogue declares no vocabulary, so it uses the built-in one; declare its own in vocabulary.operators)',
      },
    ]);
  });

  it('reports a value of the wrong type at its path', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    catalogue.systems[2].capabilities = 'ammunition';
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[2].capabilities',
        message: 'expected Array but got "ammunition"',
      },
    ]);
  });

  it('reports missing and unknown properties', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    delete catalogue.systems[1].name;
    catalogue.events[0].dated = '2003';
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      { file: CATALOGUE_FILE, path: 'systems[1].name', message: 'is missing but required' },
      {
        file: CATALOGUE_FILE,
        path: 'events[0].dated',
        message: 'is not a known property (check the spelling)',
      },
    ]);
  });

  it('quotes a malformed date along with the expected form', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    catalogue.events[3].date = '2013-11-late';
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'events[3].date',
        message: 'a date looks like 2014, 2014-02 or 2014-02-24 (got "2013-11-late")',
      },
    ]);
  });

  it('reports problems in both files at once, each against its own file', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    const register = readJson(REGISTER_FILE);
    catalogue.version = 2;
    register.sources[4].published.basis = 'guessed';
    const problems = problemsOf(parseCatalogue(catalogue, register));
    expect(problems.map((problem) => [problem.file, problem.path])).toEqual([
      [CATALOGUE_FILE, 'version'],
      [REGISTER_FILE, 'sources[4].published.basis'],
    ]);
  });

  it('runs the integrity checks once the shapes are right', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    catalogue.systems[2].capabilities[3].cites[0].locator = 'para-404';
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      expect.objectContaining({
        file: CATALOGUE_FILE,
        path: 'systems[2].capabilities[3].cites[0].locator',
      }),
    ]);
  });

  it('says an array where an object belongs is an array, once, not a list of missing keys', () => {
    expect(problemsOf(parseCatalogue([], readJson(REGISTER_FILE)))).toEqual([
      { file: CATALOGUE_FILE, path: '(top level)', message: 'expected Object but got Array' },
    ]);
    const catalogue = readJson(CATALOGUE_FILE);
    catalogue.systems[1] = [];
    catalogue.events[0] = [1, 2];
    expect(problemsOf(parseCatalogue(catalogue, readJson(REGISTER_FILE)))).toEqual([
      { file: CATALOGUE_FILE, path: 'systems[1]', message: 'expected Object but got Array' },
      { file: CATALOGUE_FILE, path: 'events[0]', message: 'expected Object but got Array' },
    ]);
  });

  it('reports an impossible date together with the shape problems, not after them', () => {
    const catalogue = readJson(CATALOGUE_FILE);
    const register = readJson(REGISTER_FILE);
    catalogue.version = 2;
    catalogue.events[1].date = '2014-13-45';
    catalogue.events[1].precision = 'day';
    register.sources[2].published.date = '2019-02-30';
    register.sources[2].published.precision = 'day';
    expect(problemsOf(parseCatalogue(catalogue, register))).toEqual([
      { file: CATALOGUE_FILE, path: 'version', message: 'expected 1 but got 2' },
      { file: CATALOGUE_FILE, path: 'events[1].date', message: '"2014-13-45" has no month 13' },
      {
        file: REGISTER_FILE,
        path: 'sources[2].published.date',
        message: '"2019-02-30" is not a day of that month',
      },
    ]);
  });

  it('rejects something that is not a catalogue at all', () => {
    expect(problemsOf(parseCatalogue(null, readJson(REGISTER_FILE)))).toEqual([
      { file: CATALOGUE_FILE, path: '(top level)', message: 'expected Object but got null' },
    ]);
  });
});

type Reply = { status: number; body: string } | Error;

/** A fetch that answers each file by name and records which URLs were asked for. */
function fakeFetch(replies: { catalogue?: Reply; register?: Reply }) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const ok = (body: string): Reply => ({ status: 200, body });
    const reply = url.includes('catalogue')
      ? (replies.catalogue ?? ok(readText(CATALOGUE_FILE)))
      : (replies.register ?? ok(readText(REGISTER_FILE)));
    if (reply instanceof Error) throw reply;
    return new Response(reply.body, {
      status: reply.status,
      statusText: reply.status === 404 ? 'Not Found' : '',
    });
  }) as typeof fetch;
  return { fetchImpl, asked };
}

describe('loadCatalogue', () => {
  it('fetches both files and returns the validated data', async () => {
    const { fetchImpl, asked } = fakeFetch({});
    const result = await loadCatalogue(fetchImpl);
    expect(result.ok).toBe(true);
    expect(asked).toHaveLength(2);
    expect(asked.some((url) => url.endsWith('catalogue.json'))).toBe(true);
    expect(asked.some((url) => url.endsWith('sources.json'))).toBe(true);
  });

  it('names the file that answers 404', async () => {
    const { fetchImpl } = fakeFetch({ register: { status: 404, body: 'gone' } });
    expect(problemsOf(await loadCatalogue(fetchImpl))).toEqual([
      {
        file: REGISTER_FILE,
        path: '(file)',
        message: 'could not be fetched: HTTP 404 Not Found',
        delivery: 'server',
      },
    ]);
  });

  it('names the file whose request fails on the network as a network problem, without throwing', async () => {
    const { fetchImpl } = fakeFetch({ catalogue: new TypeError('Failed to fetch') });
    expect(problemsOf(await loadCatalogue(fetchImpl))).toEqual([
      {
        file: CATALOGUE_FILE,
        path: '(file)',
        message: 'could not be fetched: the network request failed (Failed to fetch)',
        delivery: 'network',
      },
    ]);
  });

  it('names the file that is not valid JSON', async () => {
    const { fetchImpl } = fakeFetch({ catalogue: { status: 200, body: '{"version": 1,' } });
    const problems = problemsOf(await loadCatalogue(fetchImpl));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: CATALOGUE_FILE, path: '(file)' });
    expect(problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('reports both files when both fail', async () => {
    const { fetchImpl } = fakeFetch({
      catalogue: { status: 500, body: '' },
      register: { status: 200, body: 'not json' },
    });
    const problems = problemsOf(await loadCatalogue(fetchImpl));
    expect(problems.map((problem) => problem.file)).toEqual([CATALOGUE_FILE, REGISTER_FILE]);
  });

  it('says so, as a delivery problem and without throwing, when its checks do not load', async () => {
    vi.resetModules();
    vi.doMock('../../src/catalogue/parse-catalogue', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      const { loadCatalogue: loadWithoutChecks } = await import('../../src/catalogue/load');
      const { fetchImpl } = fakeFetch({});
      expect(problemsOf(await loadWithoutChecks(fetchImpl))).toEqual([
        {
          file: CATALOGUE_FILE,
          path: '(file)',
          message: expect.stringMatching(
            /^could not be checked: the part of the app that checks it did not load \(.+\)$/u,
          ) as unknown as string,
          delivery: 'network',
        },
      ]);
    } finally {
      vi.doUnmock('../../src/catalogue/parse-catalogue');
      vi.resetModules();
    }
  });

  it('passes validation problems through from well-formed but wrong JSON', async () => {
    const { fetchImpl } = fakeFetch({ register: { status: 200, body: '{"version": 1}' } });
    expect(problemsOf(await loadCatalogue(fetchImpl))).toEqual([
      { file: REGISTER_FILE, path: 'sources', message: 'is missing but required' },
    ]);
  });
});
