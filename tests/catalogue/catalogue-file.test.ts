import { describe, expect, it } from 'vitest';
import {
  catalogueId,
  checkCatalogueFile,
  runCheck,
  type OpenProgress,
} from '../../src/catalogue/catalogue-file';
import { CATALOGUE_FILE_KIND } from '../../src/catalogue/schema';
import { builtInAsFile } from '../support/catalogue-file';

const check = (value: unknown, name = 'mine.json') =>
  runCheck(checkCatalogueFile(typeof value === 'string' ? value : JSON.stringify(value), name));

describe('checkCatalogueFile', () => {
  it('accepts the built-in catalogue written in the file format', () => {
    const result = check(builtInAsFile());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.title).toBe('Built-in, as a file');
      expect(result.file.catalogue.systems).toHaveLength(6);
      expect(result.file.register.sources).toHaveLength(6);
    }
  });

  it.each([
    ['{ not json', '(file)', /^is not valid JSON: /],
    ['[]', '(top level)', /^expected an object \(a catalogue file\) but got an array$/],
    ['42', '(top level)', /but got a number$/],
    ['{"systems": []}', 'kind', /is not a catalogue file/],
  ])('refuses %s with one clear problem', (text, path, message) => {
    const result = check(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: 'mine.json', path });
      expect(result.problems[0]?.message).toMatch(message);
    }
  });

  it('names the file and the path inside it for a broken system', () => {
    const file = builtInAsFile() as { catalogue: { systems: Record<string, unknown>[] } };
    file.catalogue.systems[3]!.platformType = 'submarine';
    const result = check(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          file: 'mine.json',
          path: 'catalogue.systems[3].platformType',
          message: expect.stringMatching(
            /^platform type "submarine" is not declared by this catalogue \(declared: "mbt", "sph".*declare its own in vocabulary\.platformTypes\)$/,
          ),
        },
      ]);
    }
  });

  it('says the links between records were not checked when a system has the wrong shape', () => {
    const file = builtInAsFile() as { catalogue: { systems: Record<string, unknown>[] } };
    file.catalogue.systems[2]!.name = 42;
    const result = check(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).toBe('catalogue.systems[2].name');
      expect(result.unchecked).toBe('the links between facts and sources (ids, citations, dates)');
    }
  });

  it('says what it did not reach when the file around the systems is broken', () => {
    const file = builtInAsFile() as { title: unknown };
    file.title = 42;
    const result = check(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.total).toBe(1);
      expect(result.unchecked).toBe('each system, and the links between facts and sources');
    }
  });

  it('reports broken links between records under the catalogue or the register', () => {
    const file = builtInAsFile() as {
      register: { sources: { id: string }[] };
    };
    file.register.sources[1]!.id = 'S000';
    const result = check(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.file).toBe('mine.json');
      expect(result.problems[0]?.path).toMatch(/^register\.sources\[1\]/);
      expect(result.problems.every((problem) => !problem.message.includes('#'))).toBe(true);
      // The last stage: nothing was left unchecked.
      expect(result.unchecked).toBeUndefined();
    }
  });

  it('says how far it has got while checking a large file', () => {
    const file = builtInAsFile() as { catalogue: { systems: { id: string }[] } };
    const one = file.catalogue.systems[0]!;
    file.catalogue.systems = Array.from({ length: 2500 }, (_, i) => ({ ...one, id: `s-${i}` }));
    const steps: OpenProgress[] = [];
    const run = checkCatalogueFile(JSON.stringify(file), 'big.json');
    let step = run.next();
    while (!step.done) {
      steps.push(step.value);
      step = run.next();
    }
    expect(step.value.ok).toBe(true);
    expect(steps.filter((s) => s.phase === 'checking').map((s) => s.done)).toEqual([0, 1000, 2000]);
    expect(steps.at(-1)).toEqual({ phase: 'linking', done: 0, total: 1 });
  });

  it('stops listing problems after a few hundred, so a broken huge file stays quick', () => {
    const file = builtInAsFile() as { catalogue: { systems: unknown[] } };
    file.catalogue.systems = Array.from({ length: 5000 }, () => ({ id: 'Bad Id' }));
    const result = check(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(200);
  });

  it('counts every problem even though it lists only the first 200', () => {
    const file = builtInAsFile() as { catalogue: { systems: { id: string }[] } };
    const one = file.catalogue.systems[0]!;
    file.catalogue.systems = Array.from({ length: 1000 }, (_, i) => ({ ...one, id: `BAD${i}` }));
    const result = check(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(1000);
    expect(result.problems).toHaveLength(200);
    expect(result.problems[0]?.path).toBe('catalogue.systems[0].id');
  });

  it('echoes a huge bad value cut short, with its size, never whole', () => {
    const file = builtInAsFile() as { catalogue: { systems: Record<string, unknown>[] } };
    file.catalogue.systems[0]!.id = 'A'.repeat(2_000_000);
    file.catalogue.systems[1]!['B'.repeat(1_000_000)] = 1;
    const result = check(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [id, key] = result.problems;
    expect(id?.path).toBe('catalogue.systems[0].id');
    expect(id?.message).toMatch(/\(got "A+…" \(2,000,000 characters\)\)$/);
    expect(key?.path).toMatch(/^catalogue\.systems\[1\]\.B+… \(1,000,000 characters\)$/);
    for (const problem of result.problems) {
      expect(problem.path.length + problem.message.length).toBeLessThan(300);
    }
  });

  it('cuts a long id that is quoted by the integrity checks', () => {
    const file = builtInAsFile() as { catalogue: { systems: { id: string }[] } };
    const long = 'a'.repeat(500_000);
    file.catalogue.systems[0]!.id = long;
    file.catalogue.systems[1]!.id = long;
    const result = check(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(
      /^duplicate system id "a+…" \(500,000 characters\)/,
    );
    expect(result.problems[0]?.message.length).toBeLessThan(200);
  });

  it('counts one problem for a file that is not JSON', () => {
    const result = check('{ not json');
    expect(!result.ok && result.total).toBe(1);
  });

  it('survives a file nested 200 levels deep', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const result = check(
      `{"kind":"${CATALOGUE_FILE_KIND}","version":1,"title":"x","catalogue":${deep}}`,
    );
    expect(result.ok).toBe(false);
  });
});

describe('catalogueId', () => {
  it('is 12 hexadecimal digits that follow the bytes', async () => {
    const a = await catalogueId(new TextEncoder().encode('one'));
    const b = await catalogueId(new TextEncoder().encode('two'));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(await catalogueId(new TextEncoder().encode('one'))).toBe(a);
  });
});
