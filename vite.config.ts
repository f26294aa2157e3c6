import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { offlinePlugins } from './scripts/vite/offline.ts';
import {
  SINGLE_FILE_DIR,
  SINGLE_FILE_MODE,
  singleFilePlugins,
} from './scripts/vite/single-file.ts';

// Only the app's own origin: no inline script, no eval, no third-party host.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The response headers a host should send with every file (README, "Hosting"). A meta tag cannot
 * carry frame-ancestors, so only a header stops other sites framing the app (clickjacking).
 * public/_headers and docs/hosting/ hold the same values; tests/config/response-headers.test.ts
 * keeps them equal, and `vite preview` sends them so the browser tests run under them.
 */
export const RESPONSE_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

// The dev server's React Refresh preamble is an inline script, so the policy is added to the
// production page only; the e2e suite runs against that build.
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

// `vite build --mode single` (npm run build:single) makes the one-file build instead, with its own
// policy (scripts/vite/single-file.ts) and no service worker.
export default defineConfig(({ mode }) => ({
  // Relative base: the build works from any static host and any sub-path.
  base: './',
  plugins:
    mode === SINGLE_FILE_MODE
      ? [react(), ...singleFilePlugins(), ...offlinePlugins({ disable: true })]
      : [react(), contentSecurityPolicy(), ...offlinePlugins({ disable: false })],
  build: {
    target: 'es2022',
    // What the first view runs is one file, the entry: split by what each later part shares with
    // it, the first load came to 17 files, 5.7 KB more gzip than as one (each file compressed
    // alone). The later parts stay chunks of their own.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] } },
    },
    ...(mode === SINGLE_FILE_MODE ? { outDir: SINGLE_FILE_DIR } : {}),
  },
  // The single file carries nothing beside it: no host header files from public/.
  ...(mode === SINGLE_FILE_MODE ? { publicDir: false as const } : {}),
  preview: { port: 4173, strictPort: true, headers: RESPONSE_HEADERS },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Component tests drive a whole app in jsdom; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
}));
