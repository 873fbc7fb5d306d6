import { z } from 'zod';
import { CRAWL_PROVIDERS } from '../../../services/crawl/website-crawl';
import { zBool } from '../../../validation';
import { route } from '../../meta';

export const crawlWebsiteMeta = route({
  method: 'POST',
  path: '/website/crawl',
  tags: ['Knowledge website crawl'],
  summary: 'Start crawling a website for pages to import as documents',
});

const zPatterns = z.union([z.string().max(2000), z.array(z.string().max(500)).max(50)]).nullish();

export const ZCrawlWebsiteRequest = z.object({
  provider: z.enum(CRAWL_PROVIDERS),
  url: z.string().min(1).max(2048),
  options: z.object({
    limit: z.coerce.number().int().nullish(),
    max_depth: z.coerce.number().int().nullish(),
    crawl_sub_pages: zBool.nullish(),
    includes: zPatterns,
    excludes: zPatterns,
    only_main_content: zBool.nullish(),
  }),
});

export const ZCrawlWebsiteResponse = z.object({ status: z.literal('active'), job_id: z.string() });
