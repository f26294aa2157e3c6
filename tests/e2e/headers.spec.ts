// What only response headers can do: a meta Content-Security-Policy cannot forbid framing.
// `vite preview` sends RESPONSE_HEADERS (vite.config.ts), as a host following the README would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeCatalogue } from './catalogue-files';
import { expect, test } from './fixtures';

test.describe('response headers', () => {
  test('are sent with the page', async ({ page }) => {
    const response = await page.goto('./');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('cover the worker that reads untrusted files, which no meta policy reaches', async ({
    page,
  }) => {
    // A dedicated worker takes its policy from its own script's response, never from the page.
    await page.goto('./');
    const workerScript = page.waitForResponse((response) =>
      /\/assets\/catalogue-worker-[\w-]+\.js$/u.test(new URL(response.url()).pathname),
    );
    await page
      .getByLabel('Open catalogue', { exact: true })
      .setInputFiles(await writeCatalogue(12));
    const headers = (await workerScript).headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    await expect(page.getByText('Drill catalogue of 12')).toBeVisible();
  });

  test('stop another site from framing the app', async ({ page, baseURL }) => {
    // The framing page comes from a real server on another port, so it is another origin on
    // the same machine (Chromium refuses a public page framing a loopback one for other reasons).
    const framer = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(
        `<!doctype html><title>framer</title><iframe src="${baseURL}" title="app"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const { port } = framer.address() as AddressInfo;
    const refused = page.waitForEvent('console', (message) =>
      message.text().includes("frame-ancestors 'none'"),
    );
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await refused;
      await expect(
        page.frameLocator('iframe').getByRole('heading', { name: /equipment commonality/i }),
      ).toHaveCount(0);
      expect(page.frames().map((frame) => frame.url())).not.toContain(baseURL);
    } finally {
      framer.close();
    }
  });
});
