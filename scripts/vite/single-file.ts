// `npm run build:single`: the whole app in one HTML file that a briefer can carry on a laptop and
// open from disk (file://) with no network. vite-plugin-singlefile inlines the script and the
// stylesheet; the plugins here inline the built-in catalogue and the workers, name the file, and give it a strict
// Content-Security-Policy that allows exactly the inlined code, by hash.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_MODE = 'single';
export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'iraq-iran-commonality.html';

/**
 * The hosted app fetches its catalogue (`data/*.json?url`) at run time. In the single file each such
 * URL becomes a blob: URL of the file's text, made when the page starts, so the loader
 * (src/catalogue/load.ts) fetches and validates it unchanged. A data: URL would do too, but base64
 * makes the file a third larger and compresses badly.
 */
export const inlineJsonUrls = (): Plugin => ({
  name: 'single-file:inline-json-urls',
  enforce: 'pre',
  load: {
    filter: { id: /\.json\?url$/ },
    async handler(id) {
      const [file] = id.split('?');
      const text = await readFile(file ?? id, 'utf8');
      // `<` escaped, so no `</script>` in the data can end the inline script early.
      const literal = JSON.stringify(text).replace(/</g, '\\u003c');
      return `export default URL.createObjectURL(new Blob([${literal}], { type: 'application/json' }));`;
    },
  },
});

const WORKER_FROM_URL =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^}]*\}\s*)?\)/g;

/**
 * A worker started from its own file (`new Worker(new URL('./w.ts', import.meta.url))`) would be
 * a second file, which a page opened from disk cannot load. In the single file it is Vite's inline
 * worker instead (`?worker&inline`): its code is in the page and it starts from a blob: URL.
 */
export const inlineWorkers = (): Plugin => ({
  name: 'single-file:inline-workers',
  enforce: 'pre',
  transform: {
    filter: { id: { exclude: /\/node_modules\// }, code: 'new Worker' },
    handler(code) {
      const imports: string[] = [];
      const inlined = code.replace(WORKER_FROM_URL, (_match, _quote, path: string) => {
        const name = `InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return imports.length === 0 ? null : { code: `${imports.join('\n')}\n${inlined}`, map: null };
    },
  },
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of every inline `<script>` or `<style>` element's text in a page. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)]
    .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes ?? ''))
    .map(([, , text]) => sha256(text ?? ''));
}

/**
 * Nothing from anywhere but the page itself: its own scripts and styles by hash (no
 * 'unsafe-inline', no 'unsafe-eval'), the catalogue's blob: URL, and blob: workers, so that a
 * later feature can start a Worker from code in the page (file:// cannot load a worker file).
 */
export function singleFilePolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src ${inlineHashes(html, 'script').join(' ')}`,
    `style-src ${inlineHashes(html, 'style').join(' ')}`,
    'img-src data: blob:',
    'connect-src blob:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Runs after vite-plugin-singlefile has inlined everything: adds the policy, names the file. */
const policyAndName = (): Plugin => ({
  name: 'single-file:policy-and-name',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const pages = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
      );
      if (pages.length !== 1) this.error(`expected one HTML page, found ${pages.length}`);
      const page = pages[0];
      if (page?.type !== 'asset') return;
      const html = String(page.source);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(html)}">`;
      // After the charset, which must come in the first 1,024 bytes; before every script and style.
      const source = html.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    ${meta}`);
      if (source === html) this.error('index.html has no <meta charset="UTF-8" /> to follow');
      delete bundle[page.fileName];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source });
    },
  },
});

export const singleFilePlugins = (): PluginOption[] => [
  inlineJsonUrls(),
  inlineWorkers(),
  viteSingleFile({ removeViteModuleLoader: true }),
  policyAndName(),
];
