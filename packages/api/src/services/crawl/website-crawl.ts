import { decideUrl } from '@tessera/net-guard';
import { type CrawlOptions } from '@tessera/db';
import { websiteCrawlRequested } from '@tessera/jobs';
import { type Actor } from '../../callers';
import { websiteCrawlStore } from '../../data/website-crawls';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { UUID } from '../../validation';
import { patternList } from './crawl-scope';

/** Dify's providers; Tessera accepts their names and crawls with its own crawler for all of them. */
export const CRAWL_PROVIDERS = ['firecrawl', 'watercrawl', 'jinareader'] as const;
export type CrawlProvider = (typeof CRAWL_PROVIDERS)[number];

/** The most pages one crawl fetches. */
export const MAX_CRAWL_LIMIT = 100;
export const MAX_CRAWL_DEPTH = 10;

export interface CrawlRequest {
  provider: CrawlProvider;
  url: string;
  options: {
    limit?: number | null;
    max_depth?: number | null;
    crawl_sub_pages?: boolean | null;
    includes?: string | string[] | null;
    excludes?: string | string[] | null;
    only_main_content?: boolean | null;
  };
}

function crawlOptions(options: CrawlRequest['options']): CrawlOptions {
  const crawlSubPages = options.crawl_sub_pages ?? true;
  const limit = options.limit ?? 1;
  const maxDepth = options.max_depth ?? 1;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CRAWL_LIMIT) throw errors.invalidParam(`options.limit must be between 1 and ${MAX_CRAWL_LIMIT}.`, 'options.limit');
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_CRAWL_DEPTH) throw errors.invalidParam(`options.max_depth must be between 0 and ${MAX_CRAWL_DEPTH}.`, 'options.max_depth');
  return {
    // Without sub-pages only the page itself is read, as Dify asks its providers to.
    limit: crawlSubPages ? limit : 1,
    maxDepth: crawlSubPages ? maxDepth : 0,
    crawlSubPages,
    includes: patternList(options.includes),
    excludes: patternList(options.excludes),
    onlyMainContent: options.only_main_content ?? false,
  };
}

/**
 * Starts a crawl: the start URL must be an http(s) URL the SSRF guard would let through (literal
 * private addresses and local names are refused here; host names are checked again, with their
 * DNS answers, on every fetch). The crawl itself runs as the crawl-website job.
 */
export async function startCrawl(deps: AppDeps, actor: Actor, input: CrawlRequest) {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw errors.badRequest('crawl_failed', 'url is not a valid URL.');
  }
  const decision = decideUrl(url, deps.config.netPolicy);
  if (!decision.allowed) throw errors.badRequest('crawl_failed', `${url.protocol}//${url.host} cannot be crawled (${decision.reason}). Only public http(s) URLs can be crawled.`);
  url.hash = '';
  const job = await websiteCrawlStore(deps.db, actor.workspaceId).create({
    createdBy: actor.accountId,
    provider: input.provider,
    url: url.href,
    options: crawlOptions(input.options),
  });
  await deps.jobs.send(websiteCrawlRequested.create({ workspace_id: actor.workspaceId, job_id: job.id }));
  return { status: 'active' as const, job_id: job.id };
}

/** A crawl's progress and the pages read so far, in Dify's shape. */
export async function crawlStatus(deps: AppDeps, actor: Actor, jobId: string) {
  const store = websiteCrawlStore(deps.db, actor.workspaceId);
  const job = UUID.test(jobId) ? await store.find(jobId) : undefined;
  if (!job) throw errors.notFound('not_found', 'Crawl job not found.');
  const [counts, pages] = await Promise.all([store.counts(job.id), store.donePages(job.id)]);
  const end = job.finishedAt ?? deps.now();
  return {
    status: job.status,
    job_id: job.id,
    total: job.status === 'crawling' ? Math.max(counts.done, Math.min(job.options.limit, counts.done + counts.queued)) : counts.done,
    current: counts.done,
    data: pages.map((page) => ({ title: page.title ?? '', source_url: page.url, description: page.description ?? '', markdown: page.markdown ?? '' })),
    time_consuming: ((end.getTime() - job.createdAt.getTime()) / 1000).toFixed(2),
    error: job.error,
  };
}
