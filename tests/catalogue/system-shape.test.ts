import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SystemSchema } from '../../src/catalogue/schema';
import { asSystem } from '../../src/catalogue/system-shape';
import { builtInAsFile } from '../support/catalogue-file';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const systems = () => (builtInAsFile() as { catalogue: { systems: Json[] } }).catalogue.systems;

/** Every string's place in a value, so a test can pad or break one. */
function stringPaths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  }
  return [];
}

function setAt(value: Json, path: (string | number)[], next: (old: string) => Json): void {
  let parent = value as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  parent[last] = next(parent[last] as string);
}

describe('the compiled first check of a system', () => {
  it('takes every built-in system as valibot gives it', () => {
    for (const system of systems()) {
      const expected = v.parse(SystemSchema, structuredClone(system));
      expect(asSystem(structuredClone(system))).toEqual(expected);
    }
  });

  it('agrees with valibot on any string padded with spaces or replaced, and trims as it does', () => {
    const all = systems();
    const cases = all.flatMap((system, index) =>
      stringPaths(system).map((path) => ({ index, path })),
    );
    const change = fc.constantFrom(
      (old: string) => `  ${old}\t`,
      (old: string) => `${old}\u00A0`,
      () => ' ',
      () => '',
      () => 'Not An Id',
      () => 7,
    );
    fc.assert(
      fc.property(fc.constantFrom(...cases), change, ({ index, path }, next) => {
        const system = structuredClone(all[index] as Json);
        setAt(system, path, next);
        const valibot = v.safeParse(SystemSchema, structuredClone(system));
        const taken = asSystem(system);
        const where = path.join('.');
        expect(taken !== null, where).toBe(valibot.success);
        if (valibot.success) expect(taken, where).toEqual(valibot.output);
      }),
      { numRuns: 800, seed: 20261202 },
    );
  });

  it('hands every text, trimmed, to the pool and keeps the copy the pool gives back', () => {
    const system = structuredClone(systems()[0] as Json);
    const paths = stringPaths(system);
    setAt(system, ['summary'], (old) => ` ${old} `);
    const seen: string[] = [];
    const taken = asSystem(system, (text) => {
      seen.push(text);
      return `«${text}»`;
    }) as unknown as Json;
    expect(seen).toHaveLength(paths.length);
    expect(seen.every((text) => text === text.trim())).toBe(true);
    for (const path of paths) {
      let at = taken;
      for (const step of path) at = (at as Record<string | number, Json>)[step] as Json;
      expect(at, path.join('.')).toMatch(/^«.*»$/u);
    }
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 7, 'T-72', [], [systems()[0]]]) expect(asSystem(value)).toBeNull();
  });
});
