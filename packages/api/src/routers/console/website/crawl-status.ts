import { crawlStatus } from '../../../services/crawl/website-crawl';
import { authedProcedure } from '../../../trpc';
import { crawlStatusMeta, ZCrawlStatusRequest, ZCrawlStatusResponse } from './crawl-status.types';

export const crawlStatusProcedure = authedProcedure
  .meta(crawlStatusMeta)
  .input(ZCrawlStatusRequest)
  .output(ZCrawlStatusResponse)
  .query(({ ctx, input }) => crawlStatus(ctx.deps, ctx.actor, input.job_id));
