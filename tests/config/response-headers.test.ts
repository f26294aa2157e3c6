// The header files a host reads must say exactly what the app's own definition says.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, RESPONSE_HEADERS } from '../../vite.config';
import { readText as read } from '../catalogue/read-shipped-data';

describe('RESPONSE_HEADERS', () => {
  it('forbid framing, MIME sniffing and referrers, on top of the page’s own policy', () => {
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(RESPONSE_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('the header files shipped for static hosts', () => {
  it('public/_headers (Netlify, Cloudflare Pages) sends them for every path', () => {
    const lines = read('public/_headers')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const headers = Object.fromEntries(
      lines.slice(1).map((line) => {
        const match = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
        return [match?.[1], match?.[2]];
      }),
    );
    expect(headers).toEqual(RESPONSE_HEADERS);
  });

  it('docs/hosting/nginx.conf adds them to every response, errors included', () => {
    const lines = read('docs/hosting/nginx.conf')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    const headers = Object.fromEntries(
      lines.map((line) => {
        const match = /^add_header ([A-Za-z-]+) "([^"]+)" always;$/.exec(line);
        return [match?.[1], match?.[2]];
      }),
    );
    expect(headers).toEqual(RESPONSE_HEADERS);
  });

  it('docs/hosting/vercel.json sends them for every path', () => {
    const config = JSON.parse(read('docs/hosting/vercel.json')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(config.headers).toHaveLength(1);
    expect(config.headers[0]?.source).toBe('/(.*)');
    expect(
      Object.fromEntries(config.headers[0]?.headers.map(({ key, value }) => [key, value]) ?? []),
    ).toEqual(RESPONSE_HEADERS);
  });
});
