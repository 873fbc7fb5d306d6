import { type Inngest, PER_WORKSPACE, websiteCrawlRequested } from '@tessera/jobs';
import { type AppDeps } from '../deps';
import { completeStage, type CrawlRef, crawlBatchStage, markCrawlFailed, startStage } from '../services/crawl/crawl-stages';
import { MAX_CRAWL_LIMIT } from '../services/crawl/website-crawl';

/**
 * Crawls a website one batch of pages per step: the frontier and the pages live in the database,
 * so a run resumed after a crash continues from the queue instead of starting over. Workspaces
 * crawl two sites at a time each, so one tenant's crawls do not hold up the others.
 */
export function createCrawlWebsiteFunction(inngest: Inngest, deps: AppDeps) {
  return inngest.createFunction(
    {
      id: 'crawl-website',
      triggers: [websiteCrawlRequested],
      concurrency: { key: PER_WORKSPACE, limit: 2 },
      retries: 2,
    },
    async ({ event, step }) => {
      const ref: CrawlRef = { workspaceId: event.data.workspace_id, jobId: event.data.job_id };
      try {
        if ((await step.run('start', () => startStage(deps, ref))) === 'stop') return { status: 'stopped' };
        // Every page is fetched at most once, so the limit bounds the number of batches.
        for (let batch = 0; batch <= MAX_CRAWL_LIMIT * 2; batch++) {
          const { remaining } = await step.run(`crawl-batch-${batch}`, () => crawlBatchStage(deps, ref));
          if (remaining === 0) break;
        }
        await step.run('complete', () => completeStage(deps, ref));
        return { status: 'completed' };
      } catch (error) {
        await step.run('record-error', () => markCrawlFailed(deps, ref, error));
        throw error;
      }
    },
  );
}
