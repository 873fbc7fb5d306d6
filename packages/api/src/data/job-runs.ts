import { and, asc, count, desc, eq, like, type SQL } from 'drizzle-orm';
import { type JobRunStatus, jobRuns, jobRunSteps, type Queryable } from '@tessera/db';

export interface JobRunFilter {
  page: number;
  limit: number;
  status?: JobRunStatus;
  function_id?: string;
}

/**
 * A workspace's background job runs. Every query filters by the workspace it was built for, so a
 * run id from another workspace finds nothing.
 */
export function jobRunsStore(db: Queryable, workspaceId: string) {
  const own = (...more: Array<SQL | undefined>) => and(eq(jobRuns.workspaceId, workspaceId), ...more);

  return {
    /** One page of runs, newest first, with the total for the filter. */
    async list(filter: JobRunFilter) {
      const where = own(
        filter.status ? eq(jobRuns.status, filter.status) : undefined,
        filter.function_id ? eq(jobRuns.functionId, filter.function_id) : undefined,
      );
      const [{ total }] = (await db.select({ total: count() }).from(jobRuns).where(where)) as [{ total: number }];
      const rows = await db
        .select()
        .from(jobRuns)
        .where(where)
        .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
        .limit(filter.limit)
        .offset((filter.page - 1) * filter.limit);
      return { rows, total };
    },

    async find(runId: string) {
      const [run] = await db.select().from(jobRuns).where(own(eq(jobRuns.id, runId)));
      return run;
    },

    /** The run of `functionId` whose event carried `data.job_id = jobId` (a uuid the caller checked). */
    async findByJobId(functionId: string, jobId: string) {
      const [run] = await db
        .select()
        .from(jobRuns)
        .where(own(eq(jobRuns.functionId, functionId), like(jobRuns.event, `%"job_id":"${jobId}"%`)))
        .limit(1);
      return run;
    },

    /** The run's finished steps in the order they finished (the run must be this workspace's). */
    async steps(runId: string) {
      return db
        .select({ step: jobRunSteps })
        .from(jobRunSteps)
        .innerJoin(jobRuns, eq(jobRuns.id, jobRunSteps.runId))
        .where(own(eq(jobRunSteps.runId, runId)))
        .orderBy(asc(jobRunSteps.ordinal))
        .then((rows) => rows.map((row) => row.step));
    },
  };
}
