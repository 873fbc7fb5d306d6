import { router } from '../../../trpc';
import { crawlStatusProcedure } from './crawl-status';
import { crawlWebsiteProcedure } from './crawl-website';

/** Website crawls that knowledge bases import pages from. */
export const websiteRouter = router({
  crawl: crawlWebsiteProcedure,
  crawlStatus: crawlStatusProcedure,
});
