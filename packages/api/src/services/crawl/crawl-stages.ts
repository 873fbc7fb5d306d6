import { FetchTimeoutError, guardedFetch, ResponseTooLargeError, SsrfRefusedError, TooManyRedirectsError } from '@tessera/net-guard';
import robotsParser from 'robots-parser';
import { websiteCrawlStore } from '../../data/website-crawls';
import { type AppDeps } from '../../deps';
import { crawlScope, inScope } from './crawl-scope';
import { pageContent } from './page-content';

export interface CrawlRef {
  workspaceId: string;
  jobId: string;
}

/** The user agent the crawler sends and looks itself up by in robots.txt. */
export const CRAWLER_USER_AGENT = 'TesseraBot';
/** Pages fetched per step: a restart loses at most one batch of fetches. */
export const PAGES_PER_STEP = 5;
/** Per page: a larger body or a slower answer skips the page. */
export const PAGE_MAX_BYTES = 5 * 1024 * 1024;
export const PAGE_TIMEOUT_MS = 15_000;
const ROBOTS_MAX_BYTES = 512 * 1024;
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

function fetchPage(deps: AppDeps, url: string, maxBytes: number) {
  return guardedFetch(
    url,
    { headers: { 'user-agent': CRAWLER_USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' }, redirect: 'follow' },
    { policy: deps.config.netPolicy, maxBytes: Math.min(maxBytes, deps.config.netPolicy.maxResponseBytes), timeoutMs: Math.min(PAGE_TIMEOUT_MS, deps.config.netPolicy.timeoutMs) },
  );
}

/** Why a page could not be read, in words safe to show (the URL never carries credentials here). */
function failureReason(error: unknown): string {
  if (error instanceof SsrfRefusedError) return `refused: ${error.message}`;
  if (error instanceof ResponseTooLargeError) return `larger than ${error.maxBytes} bytes`;
  if (error instanceof FetchTimeoutError) return 'timed out';
  if (error instanceof TooManyRedirectsError) return 'too many redirects';
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
}

/**
 * Start: reads robots.txt (a missing or unreadable one allows everything) and queues the start
 * page. A start URL the SSRF guard refuses fails the crawl here, before any page is requested.
 */
export async function startStage(deps: AppDeps, ref: CrawlRef): Promise<'continue' | 'stop'> {
  const store = websiteCrawlStore(deps.db, ref.workspaceId);
  const job = await store.find(ref.jobId);
  if (!job || job.status !== 'crawling') return 'stop';
  if (job.robotsTxt === null) {
    let robotsTxt = '';
    try {
      const response = await fetchPage(deps, new URL('/robots.txt', job.url).href, ROBOTS_MAX_BYTES);
      if (response.ok) robotsTxt = await response.text();
      else await response.body?.cancel();
    } catch (error) {
      if (error instanceof SsrfRefusedError) throw error;
      // An unreachable robots.txt is read as none, as crawlers commonly do.
    }
    await store.update(job.id, { robotsTxt });
  }
  await store.enqueue(job.id, [{ url: job.url, depth: 0 }]);
  return 'continue';
}

/**
 * One batch: fetches the next queued pages, stores each as markdown (or skips it with the reason)
 * and queues the in-scope links of those within the depth. Returns how many pages are still queued
 * and may still be fetched under the limit.
 */
export async function crawlBatchStage(deps: AppDeps, ref: CrawlRef): Promise<{ remaining: number }> {
  const store = websiteCrawlStore(deps.db, ref.workspaceId);
  const job = await store.find(ref.jobId);
  if (!job || job.status !== 'crawling') return { remaining: 0 };
  const { options } = job;
  const robots = robotsParser(new URL('/robots.txt', job.url).href, job.robotsTxt ?? '');
  const scope = crawlScope(job.url, options.includes, options.excludes);
  let { done } = await store.counts(job.id);
  const batch = await store.nextQueued(job.id, Math.max(0, Math.min(PAGES_PER_STEP, options.limit - done)));
  for (const page of batch) {
    if (robots.isAllowed(page.url, CRAWLER_USER_AGENT) === false) {
      await store.markSkipped(job.id, page.id, 'disallowed by robots.txt');
      continue;
    }
    let html: string;
    let finalUrl = page.url;
    try {
      const response = await fetchPage(deps, page.url, PAGE_MAX_BYTES);
      finalUrl = response.url || page.url;
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!response.ok || !HTML_TYPES.includes(type)) {
        await response.body?.cancel();
        await store.markSkipped(job.id, page.id, response.ok ? `not HTML (${type || 'no content type'})` : `HTTP ${response.status}`);
        continue;
      }
      if (new URL(finalUrl).origin !== scope.origin) {
        await response.body?.cancel();
        await store.markSkipped(job.id, page.id, 'redirected to another site');
        continue;
      }
      html = await response.text();
    } catch (error) {
      await store.markSkipped(job.id, page.id, failureReason(error));
      continue;
    }
    const content = await pageContent(html, finalUrl, options.onlyMainContent);
    await store.markDone(job.id, page.id, { title: content.title, description: content.description, markdown: content.markdown.replaceAll('\u0000', '') });
    done++;
    if (page.depth < options.maxDepth) {
      const links = [...new Set(content.links)].filter((link) => inScope(scope, link));
      await store.enqueue(job.id, links.map((url) => ({ url, depth: page.depth + 1 })));
    }
  }
  const counts = await store.counts(job.id);
  return { remaining: counts.done >= options.limit ? 0 : counts.queued };
}

/** Complete: pages left in the queue past the limit are dropped and the crawl shows as completed. */
export async function completeStage(deps: AppDeps, ref: CrawlRef): Promise<void> {
  const store = websiteCrawlStore(deps.db, ref.workspaceId);
  await store.dropQueued(ref.jobId);
  await store.update(ref.jobId, { status: 'completed', finishedAt: deps.now() });
}

export async function markCrawlFailed(deps: AppDeps, ref: CrawlRef, error: unknown): Promise<void> {
  const store = websiteCrawlStore(deps.db, ref.workspaceId);
  await store.dropQueued(ref.jobId);
  await store.update(ref.jobId, { status: 'error', error: failureReason(error).slice(0, 1000), finishedAt: deps.now() });
}
