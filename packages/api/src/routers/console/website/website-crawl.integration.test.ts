import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicy } from '@tessera/net-guard';
import { type AppConfig } from '../../../config';
import { startCanaryServer, type CanaryServer } from '../../../testing/canary-server';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { htmlPage, startTestSite, type TestSite } from '../../../testing/test-site';
import { type SeededUser, type TestApp } from '../../../testing';

let site: TestSite;
let canary: CanaryServer;
const config: Partial<AppConfig> = {};

beforeAll(async () => {
  canary = await startCanaryServer({ '/': { body: '<html><body>canary</body></html>', type: 'text/html' } });
  site = await startTestSite((url) => ({
    '/robots.txt': { body: 'User-agent: *\nDisallow: /private\n', type: 'text/plain' },
    '/': htmlPage('Home', 'Welcome to the test site, where every page is about crawling.', [
      '/docs/a',
      `${url}/docs/b#section`,
      '/private/secret',
      '/manual.pdf',
      '/moved',
      'https://offsite.example/page',
      '/blog/post',
    ]),
    '/docs/a': htmlPage('Doc A', 'Document A explains the first step in detail.', ['/docs/deep', '/']),
    '/docs/b': htmlPage('Doc B', 'Document B explains the second step in detail.'),
    '/docs/deep': htmlPage('Deep', 'A page two links away from the start.'),
    '/blog/post': htmlPage('Post', 'A blog post.'),
    '/private/secret': htmlPage('Secret', 'Robots keep crawlers out of here.'),
    '/manual.pdf': { body: '%PDF-1.4 not a page', type: 'application/pdf' },
    '/moved': { body: '', location: `${canary.url}/` },
  }));
  // The operator opens the test site's own host and port, and nothing else on loopback.
  config.netPolicy = createPolicy({ allowedHosts: [`127.0.0.1:${site.port}`] });
});
afterAll(async () => {
  await site?.close();
  await canary?.close();
});

const fx = useIntegrationFixture({ config, otherWorkspace: true });

async function crawl(app: TestApp, user: SeededUser, url: string, options: Record<string, unknown>) {
  const res = await app.request('POST', '/console/api/website/crawl', { token: user.token, json: { provider: 'firecrawl', url, options } });
  expect(res.status, res.text).toBe(200);
  expect(res.body).toEqual({ status: 'active', job_id: expect.any(String) });
  return res.body.job_id as string;
}

async function finished(app: TestApp, user: SeededUser, jobId: string) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const res = await app.request('GET', `/console/api/website/crawl/status/${jobId}`, { token: user.token, query: { provider: 'firecrawl' } });
    expect(res.status, res.text).toBe(200);
    if (res.body.status !== 'crawling') return res.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the crawl never finished');
}

describe('website crawl', () => {
  it('crawls same-origin pages breadth first within the depth, honouring robots.txt and skipping non-HTML', async () => {
    const jobId = await crawl(fx.app, fx.owner, `${site.url}/`, { crawl_sub_pages: true, limit: 10, max_depth: 1, only_main_content: true });
    const status = await finished(fx.app, fx.owner, jobId);
    expect(status).toMatchObject({ status: 'completed', job_id: jobId, total: 4, current: 4, error: null });
    expect(status.time_consuming).toMatch(/^\d+\.\d{2}$/);
    expect(status.data.map((p: { source_url: string }) => p.source_url)).toEqual([`${site.url}/`, `${site.url}/docs/a`, `${site.url}/docs/b`, `${site.url}/blog/post`]);
    const docA = status.data[1];
    expect(docA).toMatchObject({ title: 'Doc A', description: 'About Doc A' });
    expect(docA.markdown).toContain('Document A explains the first step in detail.');
    expect(docA.markdown).not.toContain('Site navigation');
    // robots.txt is read, the disallowed page and the page past the depth are never requested.
    expect(site.received).toContain('/robots.txt');
    expect(site.received).not.toContain('/private/secret');
    expect(site.received).not.toContain('/docs/deep');
    expect(site.received.filter((path) => path === '/docs/a')).toHaveLength(1);
    // The PDF was fetched and skipped: it is not among the pages.
    expect(site.received).toContain('/manual.pdf');
  });

  it('follows a redirect only where the guard allows: a hop to another loopback port never reaches it', async () => {
    expect(site.received).toContain('/moved');
    expect(canary.received).toEqual([]);
  });

  it('honours the limit, include and exclude patterns, and reads only the page without sub-pages', async () => {
    const limited = await finished(fx.app, fx.owner, await crawl(fx.app, fx.owner, `${site.url}/`, { crawl_sub_pages: true, limit: 2, max_depth: 3 }));
    expect(limited).toMatchObject({ status: 'completed', total: 2, current: 2 });

    const patterned = await finished(
      fx.app,
      fx.owner,
      await crawl(fx.app, fx.owner, `${site.url}/`, { crawl_sub_pages: true, limit: 10, max_depth: 3, includes: '/docs/*,blog', excludes: '/docs/deep' }),
    );
    expect(patterned.data.map((p: { source_url: string }) => new URL(p.source_url).pathname)).toEqual(['/', '/docs/a', '/docs/b', '/blog/post']);

    const single = await finished(fx.app, fx.owner, await crawl(fx.app, fx.owner, `${site.url}/docs/b`, { crawl_sub_pages: false, limit: 10 }));
    expect(single).toMatchObject({ status: 'completed', total: 1, current: 1 });
    expect(single.data[0].markdown).toContain('Document B');
    // Without the main-content option the whole body is kept.
    expect(single.data[0].markdown).toContain('Site navigation');
  });

  it("hides a crawl from another workspace (404) and 404s unknown job ids", async () => {
    const jobId = await crawl(fx.app, fx.owner, `${site.url}/docs/b`, { crawl_sub_pages: false });
    const res = await fx.app.request('GET', `/console/api/website/crawl/status/${jobId}`, { token: fx.other.token, query: { provider: 'firecrawl' } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'not_found', message: 'Crawl job not found.', status: 404 });
    const unknown = await fx.app.request('GET', '/console/api/website/crawl/status/not-a-job', { token: fx.owner.token, query: { provider: 'firecrawl' } });
    expect(unknown.status).toBe(404);
    await finished(fx.app, fx.owner, jobId);
  });

  it('refuses bad input with Dify codes', async () => {
    const post = (json: unknown, token = fx.owner.token) => fx.app.request('POST', '/console/api/website/crawl', { token, json });
    const badProvider = await post({ provider: 'scrapy', url: site.url, options: {} });
    expect(badProvider.status).toBe(400);
    expect(badProvider.body).toMatchObject({ code: 'invalid_param', message: expect.stringContaining('provider') });
    const badLimit = await post({ provider: 'jinareader', url: site.url, options: { limit: 0 } });
    expect(badLimit.body).toMatchObject({ code: 'invalid_param', status: 400 });
    const noUrl = await post({ provider: 'watercrawl', url: 'not a url', options: {} });
    expect(noUrl.body).toMatchObject({ code: 'crawl_failed', status: 400 });
    const ftp = await post({ provider: 'firecrawl', url: 'ftp://example.com/', options: {} });
    expect(ftp.body).toMatchObject({ code: 'crawl_failed', status: 400 });
    const noStatusProvider = await fx.app.request('GET', `/console/api/website/crawl/status/${crypto.randomUUID()}`, { token: fx.owner.token });
    expect(noStatusProvider.status).toBe(400);
    const anonymous = await fx.app.request('POST', '/console/api/website/crawl', { json: { provider: 'firecrawl', url: site.url, options: {} } });
    expect(anonymous.status).toBe(401);
  });
});
