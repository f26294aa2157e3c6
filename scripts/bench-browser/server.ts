// The benchmark's static server on 127.0.0.1: the built app, the built AG Grid peer and the
// static page under their own paths, and the catalogue being measured under /data/. It gzips
// like a real host, once per file, so every load gets the same bytes.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export type Body = { type: string; raw: Buffer; gzipped: Buffer };

export async function body(raw: Buffer | string, type: string): Promise<Body> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
  return { type, raw: bytes, gzipped: await gzipAsync(bytes, { level: 6 }) };
}

export type BenchServer = {
  origin: string;
  /** Serves `files` at their paths (e.g. /data/catalogue.json) until replaced. */
  setData: (files: ReadonlyMap<string, Body>) => void;
  close: () => Promise<void>;
};

/** `mounts`: URL prefix (/app/) → folder. */
export async function startServer(
  port: number,
  mounts: Readonly<Record<string, string>>,
): Promise<BenchServer> {
  let data: ReadonlyMap<string, Body> = new Map();
  const cache = new Map<string, Body>();

  async function staticFile(path: string): Promise<Body | undefined> {
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      let relative = decodeURIComponent(path.slice(prefix.length));
      if (relative === '' || relative.endsWith('/')) relative += 'index.html';
      const file = normalize(join(folder, relative));
      if (!file.startsWith(normalize(folder) + sep)) return undefined;
      const cached = cache.get(file);
      if (cached) return cached;
      try {
        const served = await body(await readFile(file), TYPES[extname(file)] ?? 'text/plain');
        cache.set(file, served);
        return served;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      const found = data.get(path) ?? (await staticFile(path));
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const bytes = gzipped ? found.gzipped : found.raw;
      response.writeHead(200, {
        'content-type': found.type,
        'content-length': bytes.length,
        'cache-control': 'no-store',
        ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(bytes);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    setData: (files) => {
      data = files;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
