import { and, asc, count, eq, inArray, max, type SQL } from 'drizzle-orm';
import { type CrawlOptions, type CrawlStatus, type Queryable, websiteCrawlJobs, websiteCrawlPages } from '@tessera/db';

export interface DiscoveredPage {
  url: string;
  depth: number;
}

/**
 * A workspace's website crawls and their pages. Pages are reached only through a job of the
 * workspace, so another workspace's job id finds nothing and its pages stay out of reach.
 */
export function websiteCrawlStore(db: Queryable, workspaceId: string) {
  const own = (...more: Array<SQL | undefined>) => and(eq(websiteCrawlJobs.workspaceId, workspaceId), ...more);

  const ownedJob = async (jobId: string) => {
    const [job] = await db.select().from(websiteCrawlJobs).where(own(eq(websiteCrawlJobs.id, jobId)));
    return job;
  };

  return {
    async create(values: { createdBy: string; provider: string; url: string; options: CrawlOptions }) {
      const [job] = await db
        .insert(websiteCrawlJobs)
        .values({ workspaceId, ...values })
        .returning();
      return job!;
    },

    find: ownedJob,

    async update(jobId: string, values: Partial<{ status: CrawlStatus; error: string | null; robotsTxt: string; finishedAt: Date }>) {
      await db.update(websiteCrawlJobs).set(values).where(own(eq(websiteCrawlJobs.id, jobId)));
    },

    /**
     * Queues URLs not seen before in this job, after the job's last position; a URL already queued,
     * fetched or skipped is left as it is, so a replayed step adds nothing twice.
     */
    async enqueue(jobId: string, pages: DiscoveredPage[]) {
      if (pages.length === 0 || !(await ownedJob(jobId))) return;
      const [{ last }] = (await db.select({ last: max(websiteCrawlPages.position) }).from(websiteCrawlPages).where(eq(websiteCrawlPages.jobId, jobId))) as [
        { last: number | null },
      ];
      const start = (last ?? -1) + 1;
      await db
        .insert(websiteCrawlPages)
        .values(pages.map((page, i) => ({ jobId, url: page.url, depth: page.depth, position: start + i })))
        .onConflictDoNothing();
    },

    /** The next queued pages in discovery order. */
    async nextQueued(jobId: string, limit: number) {
      if (!(await ownedJob(jobId))) return [];
      return db
        .select()
        .from(websiteCrawlPages)
        .where(and(eq(websiteCrawlPages.jobId, jobId), eq(websiteCrawlPages.state, 'queued')))
        .orderBy(asc(websiteCrawlPages.position))
        .limit(limit);
    },

    async markDone(jobId: string, pageId: string, values: { title: string; description: string; markdown: string }) {
      if (!(await ownedJob(jobId))) return;
      await db
        .update(websiteCrawlPages)
        .set({ state: 'done', ...values })
        .where(and(eq(websiteCrawlPages.jobId, jobId), eq(websiteCrawlPages.id, pageId)));
    },

    async markSkipped(jobId: string, pageId: string, reason: string) {
      if (!(await ownedJob(jobId))) return;
      await db
        .update(websiteCrawlPages)
        .set({ state: 'skipped', skipReason: reason.slice(0, 500) })
        .where(and(eq(websiteCrawlPages.jobId, jobId), eq(websiteCrawlPages.id, pageId)));
    },

    /** Pages still queued are dropped when the crawl ends (the limit was reached, or it failed). */
    async dropQueued(jobId: string) {
      if (!(await ownedJob(jobId))) return;
      await db.update(websiteCrawlPages).set({ state: 'skipped', skipReason: 'not crawled' }).where(and(eq(websiteCrawlPages.jobId, jobId), eq(websiteCrawlPages.state, 'queued')));
    },

    /** How many pages are in each state. */
    async counts(jobId: string) {
      const rows = await db
        .select({ state: websiteCrawlPages.state, n: count() })
        .from(websiteCrawlPages)
        .innerJoin(websiteCrawlJobs, eq(websiteCrawlJobs.id, websiteCrawlPages.jobId))
        .where(own(eq(websiteCrawlPages.jobId, jobId)))
        .groupBy(websiteCrawlPages.state);
      const by = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
      return { queued: by.queued ?? 0, done: by.done ?? 0, skipped: by.skipped ?? 0 };
    },

    /** Fetched pages in discovery order, optionally only the given URLs. */
    async donePages(jobId: string, urls?: string[]) {
      return db
        .select({ page: websiteCrawlPages })
        .from(websiteCrawlPages)
        .innerJoin(websiteCrawlJobs, eq(websiteCrawlJobs.id, websiteCrawlPages.jobId))
        .where(own(eq(websiteCrawlPages.jobId, jobId), eq(websiteCrawlPages.state, 'done'), urls ? inArray(websiteCrawlPages.url, urls) : undefined))
        .orderBy(asc(websiteCrawlPages.position))
        .then((rows) => rows.map((row) => row.page));
    },
  };
}

export type WebsiteCrawlStore = ReturnType<typeof websiteCrawlStore>;
