import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { type JobRunStatus, jobRuns, jobRunSteps } from '@tessera/db';
import { type Actor } from '../../context';
import { type AppDeps } from '../../deps';
import { AppError, errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { presentJobRun, presentJobRunStep } from './present-job-run';

export interface JobRunFilter {
  page: number;
  limit: number;
  status?: JobRunStatus;
  function_id?: string;
}

/** Every query on runs goes through this: a run is only ever seen from its own workspace. */
const inWorkspace = (actor: Actor, ...more: Array<SQL | undefined>) => and(eq(jobRuns.workspaceId, actor.workspaceId), ...more);

const runNotFound = () => errors.notFound('not_found', 'Job run not found.');

/** The workspace's background runs, newest first. */
export async function listJobRuns(deps: AppDeps, actor: Actor, filter: JobRunFilter) {
  const where = inWorkspace(
    actor,
    filter.status ? eq(jobRuns.status, filter.status) : undefined,
    filter.function_id ? eq(jobRuns.functionId, filter.function_id) : undefined,
  );
  const [{ total }] = (await deps.db.select({ total: count() }).from(jobRuns).where(where)) as [{ total: number }];
  const rows = await deps.db
    .select()
    .from(jobRuns)
    .where(where)
    .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
    .limit(filter.limit)
    .offset((filter.page - 1) * filter.limit);
  return { page: filter.page, limit: filter.limit, total, has_more: filter.page * filter.limit < total, data: rows.map(presentJobRun) };
}

/** One run with its triggering event and finished steps in the order they finished. */
export async function getJobRun(deps: AppDeps, actor: Actor, runId: string) {
  const [run] = await deps.db.select().from(jobRuns).where(inWorkspace(actor, eq(jobRuns.id, runId)));
  if (!run) throw runNotFound();
  const steps = await deps.db.select().from(jobRunSteps).where(eq(jobRunSteps.runId, run.id)).orderBy(asc(jobRunSteps.ordinal));
  const event = JSON.parse(run.event) as { name: string; data: Record<string, unknown>; id: string; ts: number };
  return { ...presentJobRun(run), event: { id: event.id, name: event.name, data: event.data, ts: event.ts }, steps: steps.map(presentJobRunStep) };
}

/** Owners and admins stop a run before its next step; a finished run cannot be cancelled. */
export async function cancelJobRun(deps: AppDeps, actor: Actor, runId: string) {
  assertRole(actor, PRIVILEGED_ROLES);
  const cancelled = await deps.jobs.cancel(runId, { workspaceId: actor.workspaceId });
  if (!cancelled) {
    const [run] = await deps.db.select({ status: jobRuns.status }).from(jobRuns).where(inWorkspace(actor, eq(jobRuns.id, runId)));
    if (!run) throw runNotFound();
    throw new AppError('job_run_finished', `The run has already ended (${run.status}).`, 409);
  }
  return getJobRun(deps, actor, runId);
}
