import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { workspaces } from './workspaces';

export const CRAWL_STATUSES = ['crawling', 'completed', 'error'] as const;
export type CrawlStatus = (typeof CRAWL_STATUSES)[number];

export interface CrawlOptions {
  limit: number;
  /** Links followed from the start page this many times at most (1 = the start page and its links). */
  maxDepth: number;
  crawlSubPages: boolean;
  includes: string[];
  excludes: string[];
  onlyMainContent: boolean;
}

/**
 * A website crawl a workspace started for its knowledge bases: the start URL, the options, and the
 * progress the crawl function writes as it fetches pages.
 */
export const websiteCrawlJobs = pgTable(
  'website_crawl_jobs',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    createdBy: uuid().notNull(),
    /** The provider name the client asked for; Tessera crawls with its own crawler whatever it is. */
    provider: text().notNull(),
    url: text().notNull(),
    options: jsonb().$type<CrawlOptions>().notNull(),
    status: text().$type<CrawlStatus>().notNull().default('crawling'),
    error: text(),
    /** The site's robots.txt as read when the crawl started (empty when it has none). */
    robotsTxt: text(),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index().on(t.workspaceId, t.createdAt)],
);

export const CRAWL_PAGE_STATES = ['queued', 'done', 'skipped'] as const;
export type CrawlPageState = (typeof CRAWL_PAGE_STATES)[number];

/**
 * The crawl's frontier and results in one table: every same-origin URL found is queued once
 * (unique per job), then marked done with its markdown or skipped with the reason.
 */
export const websiteCrawlPages = pgTable(
  'website_crawl_pages',
  {
    id: id(),
    jobId: uuid()
      .notNull()
      .references(() => websiteCrawlJobs.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    depth: integer().notNull(),
    /** Discovery order: pages are fetched breadth first in this order. */
    position: integer().notNull(),
    state: text().$type<CrawlPageState>().notNull().default('queued'),
    title: text(),
    description: text(),
    markdown: text(),
    skipReason: text(),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.jobId, t.url), index().on(t.jobId, t.state, t.position)],
);
