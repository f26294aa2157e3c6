import { defineConfig, devices } from '@playwright/test';

import { PORT, SUBPATH, SUBPATH_PORT } from './tests/e2e/servers';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [[process.env.CI ? 'line' : 'list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    // Page routes must see every request, so the service worker is allowed only where a test asks
    // (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    channel: undefined,
    launchOptions: {
      // Debian's Chromium, never a downloaded build (see scripts/ensure-chromium.mjs).
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same build under a sub-path, as a static host would serve it.
      command: `npx vite preview --host 127.0.0.1 --port ${SUBPATH_PORT} --strictPort --base ${SUBPATH}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
