import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import { type AnnotationJobAction, type AnnotationReplyJob, annotationReplyJobs, apps } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type AppRef } from '../end-users/end-users';

/**
 * Annotation work that takes longer than a request (re-embedding every annotation, importing a
 * CSV) runs in this process after the request answers, while its row tells any instance how it
 * goes: `waiting`, `processing`, then `completed` or `error` with the reason. The runner touches the
 * row as it progresses; a job left `waiting` or `processing` for longer than `STALE_AFTER_MS` died
 * with its process and no longer counts as running.
 */
export const STALE_AFTER_MS = 2 * 60_000;

/** Dify keeps a job's status for ten minutes; rows are kept a day (the hourly import limit counts them), then dropped. */
const KEPT_FOR_MS = 24 * 3_600_000;

const RUNNING = ['waiting', 'processing'] as const;

/** Tells the job's row the work is still alive (call it between batches). */
export type Heartbeat = () => Promise<void>;

async function setStatus(deps: AppDeps, jobId: string, status: AnnotationReplyJob['status'], error = ''): Promise<void> {
  await deps.db.update(annotationReplyJobs).set({ status, error, updatedAt: deps.now() }).where(eq(annotationReplyJobs.id, jobId));
}

async function run(deps: AppDeps, job: AnnotationReplyJob, work: (heartbeat: Heartbeat) => Promise<void>): Promise<void> {
  try {
    await setStatus(deps, job.id, 'processing');
    await work(() => setStatus(deps, job.id, 'processing'));
    await setStatus(deps, job.id, 'completed');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('annotation job failed', { jobId: job.id, action: job.action, appId: job.appId, error: message });
    await setStatus(deps, job.id, 'error', message).catch((cause: unknown) =>
      deps.logger.error('annotation job status not saved', { jobId: job.id, error: cause instanceof Error ? cause.message : String(cause) }),
    );
  }
}

/** Records a `waiting` job and starts `work` without waiting for it. */
export async function startJob(deps: AppDeps, app: AppRef, action: AnnotationJobAction, work: (heartbeat: Heartbeat) => Promise<void>): Promise<AnnotationReplyJob> {
  const now = deps.now();
  await deps.db
    .delete(annotationReplyJobs)
    .where(and(eq(annotationReplyJobs.appId, app.appId), lt(annotationReplyJobs.updatedAt, new Date(now.getTime() - KEPT_FOR_MS))));
  const [job] = await deps.db.insert(annotationReplyJobs).values({ appId: app.appId, action, createdAt: now, updatedAt: now }).returning();
  setImmediate(() => void run(deps, job!, work));
  return job!;
}

const inWorkspace = (app: AppRef) => and(eq(apps.id, annotationReplyJobs.appId), eq(apps.workspaceId, app.workspaceId));

/** The app's job of this kind that is still running, if any. */
export async function findRunningJob(deps: AppDeps, app: AppRef, action: AnnotationJobAction): Promise<AnnotationReplyJob | undefined> {
  const aliveSince = new Date(deps.now().getTime() - STALE_AFTER_MS);
  const [row] = await deps.db
    .select({ job: annotationReplyJobs })
    .from(annotationReplyJobs)
    .innerJoin(apps, inWorkspace(app))
    .where(
      and(
        eq(annotationReplyJobs.appId, app.appId),
        eq(annotationReplyJobs.action, action),
        inArray(annotationReplyJobs.status, [...RUNNING]),
        gt(annotationReplyJobs.updatedAt, aliveSince),
      ),
    )
    .limit(1);
  return row?.job;
}

/** How many jobs of a kind the whole workspace started since `since`, or how many still run. */
export async function countWorkspaceJobs(deps: AppDeps, app: AppRef, action: AnnotationJobAction, filter: { startedSince: Date } | 'running'): Promise<number> {
  const condition =
    filter === 'running'
      ? and(inArray(annotationReplyJobs.status, [...RUNNING]), gt(annotationReplyJobs.updatedAt, new Date(deps.now().getTime() - STALE_AFTER_MS)))
      : gt(annotationReplyJobs.createdAt, filter.startedSince);
  const [row] = await deps.db
    .select({ n: count() })
    .from(annotationReplyJobs)
    .innerJoin(apps, inWorkspace(app))
    .where(and(eq(annotationReplyJobs.action, action), condition));
  return row?.n ?? 0;
}

/** Dify's job status answer; a job of another app, another kind or none at all "does not exist". */
export async function jobStatus(deps: AppDeps, app: AppRef, action: string, jobId: string) {
  const [row] = await deps.db
    .select({ job: annotationReplyJobs })
    .from(annotationReplyJobs)
    .innerJoin(apps, inWorkspace(app))
    .where(and(eq(annotationReplyJobs.id, jobId), eq(annotationReplyJobs.appId, app.appId), eq(annotationReplyJobs.action, action as AnnotationJobAction)));
  if (!row) throw errors.invalidParam('The job does not exist.');
  const { job } = row;
  return { job_id: job.id, job_status: job.status, error_msg: job.status === 'error' ? job.error : '' };
}
