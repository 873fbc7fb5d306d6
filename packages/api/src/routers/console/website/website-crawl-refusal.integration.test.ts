import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideUrl, DEFAULT_POLICY } from '@tessera/net-guard';
import { startCanaryServer, type CanaryServer } from '../../../testing/canary-server';
import { useIntegrationFixture } from '../../../testing/fixtures';

// No allowance here: the operator's default policy, which refuses loopback.
let canary: CanaryServer;
beforeAll(async () => {
  canary = await startCanaryServer({ '/': { body: '<html><body><a href="/next">next</a></body></html>', type: 'text/html' }, '/robots.txt': { body: '', type: 'text/plain' } });
});
afterAll(async () => canary?.close());

const fx = useIntegrationFixture();

describe('website crawl without an allowance', () => {
  it('refuses private and metadata addresses by the guard’s decision, without connecting', () => {
    for (const url of ['http://10.0.0.8/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://localhost:8080/', 'http://2130706433/']) {
      expect(decideUrl(url, DEFAULT_POLICY).allowed, url).toBe(false);
    }
  });

  it('refuses a crawl of a loopback canary, which receives no request', async () => {
    for (const url of [`${canary.url}/`, canary.url.replace('127.0.0.1', 'localhost')]) {
      const res = await fx.app.request('POST', '/console/api/website/crawl', { token: fx.owner.token, json: { provider: 'firecrawl', url, options: { crawl_sub_pages: true, limit: 5 } } });
      expect(res.status, url).toBe(400);
      expect(res.body).toMatchObject({ code: 'crawl_failed', status: 400 });
      expect(res.body.message).toContain('Only public http(s) URLs can be crawled.');
    }
    expect(canary.received).toEqual([]);
  });
});
