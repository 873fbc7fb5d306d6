import { startCrawl } from '../../../services/crawl/website-crawl';
import { authedProcedure } from '../../../trpc';
import { crawlWebsiteMeta, ZCrawlWebsiteRequest, ZCrawlWebsiteResponse } from './crawl-website.types';

export const crawlWebsiteProcedure = authedProcedure
  .meta(crawlWebsiteMeta)
  .input(ZCrawlWebsiteRequest)
  .output(ZCrawlWebsiteResponse)
  .mutation(({ ctx, input }) => startCrawl(ctx.deps, ctx.actor, input));
