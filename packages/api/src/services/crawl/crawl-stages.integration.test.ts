import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicy } from '@tessera/net-guard';
import { type Actor } from '../../callers';
import { type AppConfig } from '../../config';
import { useIntegrationFixture } from '../../testing/fixtures';
import { htmlPage, startTestSite, type TestSite } from '../../testing/test-site';
import { completeStage, crawlBatchStage, PAGES_PER_STEP, startStage } from './crawl-stages';
import { crawlStatus, startCrawl } from './website-crawl';

const PAGES = PAGES_PER_STEP * 2 + 2;
let site: TestSite;
const config: Partial<AppConfig> = {};
beforeAll(async () => {
  site = await startTestSite(() => {
    const pages: Record<string, ReturnType<typeof htmlPage>> = {
      '/': htmlPage('Index', 'All the pages.', Array.from({ length: PAGES - 1 }, (_, i) => `/page-${i + 1}`)),
    };
    for (let i = 1; i < PAGES; i++) pages[`/page-${i}`] = htmlPage(`Page ${i}`, `The text of page ${i}.`, ['/']);
    return pages;
  });
  config.netPolicy = createPolicy({ allowedHosts: [`127.0.0.1:${site.port}`] });
});
afterAll(async () => site?.close());

// The driver does not run the queued crawl: the test plays the function's steps itself.
const fx = useIntegrationFixture({ config, app: { startJobs: false } });

describe('crawl steps', () => {
  it('resume from the stored frontier: replayed steps fetch no page twice and the crawl still reads every page', async () => {
    const actor: Actor = { accountId: fx.owner.accountId, email: fx.owner.email, name: 'Owner', workspaceId: fx.owner.workspaceId, role: 'owner' };
    const { job_id } = await startCrawl(fx.app.deps, actor, { provider: 'firecrawl', url: `${site.url}/`, options: { limit: 50, max_depth: 1 } });
    const ref = { workspaceId: actor.workspaceId, jobId: job_id };

    expect(await startStage(fx.app.deps, ref)).toBe('continue');
    // The first batch holds the start page alone; its links fill the next ones.
    expect(await crawlBatchStage(fx.app.deps, ref)).toEqual({ remaining: PAGES - 1 });
    expect(await crawlBatchStage(fx.app.deps, ref)).toEqual({ remaining: PAGES - 1 - PAGES_PER_STEP });
    const partial = await crawlStatus(fx.app.deps, actor, job_id);
    expect(partial).toMatchObject({ status: 'crawling', current: 1 + PAGES_PER_STEP, total: PAGES });

    // A process that died here starts the run again: its first step replays, then the batches go on.
    expect(await startStage(fx.app.deps, ref)).toBe('continue');
    let remaining = PAGES;
    for (let steps = 0; remaining > 0 && steps < 10; steps++) ({ remaining } = await crawlBatchStage(fx.app.deps, ref));
    await completeStage(fx.app.deps, ref);

    const done = await crawlStatus(fx.app.deps, actor, job_id);
    expect(done).toMatchObject({ status: 'completed', current: PAGES, total: PAGES });
    const fetched = site.received.filter((path) => path !== '/robots.txt');
    expect(fetched.sort()).toEqual([...new Set(fetched)].sort());
    expect(fetched).toHaveLength(PAGES);
    expect(site.received.filter((path) => path === '/robots.txt')).toHaveLength(1);
  });
});
