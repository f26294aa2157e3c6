// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad, firstLoadFiles, overBudget } from '../../scripts/first-load';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/react-b2.js">
<link rel="modulepreload" crossorigin href="./assets/react-b2.js">
<link rel="stylesheet" crossorigin href="./assets/index-c3.css">
<link rel="icon" href="data:," />
</head><body><div id="root"></div></body></html>`;

// Text that gzip cannot shrink much, so that sizes differ by file.
const noise = (length: number, seed: number) => {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(33 + (state % 90));
  }
  return text;
};

const FILES = {
  'assets/index-a1.js': noise(4000, 1),
  'assets/react-b2.js': noise(1000, 2),
  'assets/index-c3.css': noise(500, 3),
  // A chunk loaded only when asked for: on disk, but not named by index.html.
  'assets/comparison-d4.js': noise(9000, 4),
};

let dist = '';
function writeDist(): string {
  dist = mkdtempSync(join(tmpdir(), 'first-load-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(dist, file), text);
  return dist;
}

afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = '';
});

const gzipOf = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

describe('the first load', () => {
  it('is the entry, the chunks it preloads and the stylesheet, each once; never a later chunk', () => {
    expect(firstLoadFiles(INDEX)).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/index-c3.css',
    ]);
  });

  it('adds up their gzip sizes, as a host would send them', async () => {
    const load = await firstLoad(writeDist());
    const expected =
      gzipOf(FILES['assets/index-a1.js']) +
      gzipOf(FILES['assets/react-b2.js']) +
      gzipOf(FILES['assets/index-c3.css']);
    expect(load.gzipBytes).toBe(expected);
    expect(load.files.map((file) => file.file)).not.toContain('assets/comparison-d4.js');
  });

  it('passes within its budget and, past it, says by how much and which files weigh most', async () => {
    const load = await firstLoad(writeDist());
    expect(overBudget(load, load.gzipBytes)).toBeNull();
    const problem = overBudget(load, load.gzipBytes - 1);
    expect(problem).toMatch(/^The first load is \d+\.\d KB gzip, past its budget of \d+\.\d KB\./u);
    expect(problem).toContain('Largest: assets/index-a1.js');
  });
});
