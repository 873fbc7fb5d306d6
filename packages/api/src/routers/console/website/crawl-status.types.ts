import { z } from 'zod';
import { CRAWL_STATUSES } from '@tessera/db';
import { CRAWL_PROVIDERS } from '../../../services/crawl/website-crawl';
import { route } from '../../meta';

export const crawlStatusMeta = route({
  method: 'GET',
  path: '/website/crawl/status/{job_id}',
  tags: ['Knowledge website crawl'],
  summary: "A crawl's progress and the pages read so far",
});

export const ZCrawlStatusRequest = z.object({ job_id: z.string().max(128), provider: z.enum(CRAWL_PROVIDERS) });

export const ZCrawledPage = z.object({ title: z.string(), source_url: z.string(), description: z.string(), markdown: z.string() });

export const ZCrawlStatusResponse = z.object({
  status: z.enum(CRAWL_STATUSES),
  job_id: z.string(),
  total: z.number().int(),
  current: z.number().int(),
  data: z.array(ZCrawledPage),
  /** Seconds since the crawl started (until it ended), two decimals. */
  time_consuming: z.string(),
  error: z.string().nullable(),
});
