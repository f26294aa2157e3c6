// Every browser test watches for console errors, page errors and requests that leave the app.
import { test as base, expect } from '@playwright/test';

type Watch = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const watch: Watch = { consoleErrors: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
    },
    { auto: true },
  ],
});

export { expect };
