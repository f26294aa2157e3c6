// The shipped data files, read fresh for each caller so a test can break its own copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Vitest runs from the project root; under jsdom import.meta.url is not a file URL.
export const readText = (path: string): string =>
  readFileSync(resolve(process.cwd(), path), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the raw JSON to break it
export const readJson = (path: string): any => JSON.parse(readText(path));
