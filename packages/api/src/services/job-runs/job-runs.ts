import { type Actor } from '../../callers';
import { type JobRunFilter, jobRunsStore } from '../../data/job-runs';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { presentJobRun, presentJobRunStep } from './present-job-run';

export type { JobRunFilter };

const runNotFound = () => errors.notFound('not_found', 'Job run not found.');

/** The workspace's background runs, newest first. */
export async function listJobRuns(deps: AppDeps, actor: Actor, filter: JobRunFilter) {
  const { rows, total } = await jobRunsStore(deps.db, actor.workspaceId).list(filter);
  return { page: filter.page, limit: filter.limit, total, has_more: filter.page * filter.limit < total, data: rows.map(presentJobRun) };
}

/** One run with its triggering event and finished steps in the order they finished. */
export async function getJobRun(deps: AppDeps, actor: Actor, runId: string) {
  const store = jobRunsStore(deps.db, actor.workspaceId);
  const run = await store.find(runId);
  if (!run) throw runNotFound();
  const steps = await store.steps(run.id);
  const event = JSON.parse(run.event) as { name: string; data: Record<string, unknown>; id: string; ts: number };
  return { ...presentJobRun(run), event: { id: event.id, name: event.name, data: event.data, ts: event.ts }, steps: steps.map(presentJobRunStep) };
}

/** Owners and admins stop a run before its next step; a finished run cannot be cancelled. */
export async function cancelJobRun(deps: AppDeps, actor: Actor, runId: string) {
  assertRole(actor, PRIVILEGED_ROLES);
  const cancelled = await deps.jobs.cancel(runId, { workspaceId: actor.workspaceId });
  if (!cancelled) {
    const run = await jobRunsStore(deps.db, actor.workspaceId).find(runId);
    if (!run) throw runNotFound();
    // An Inngest server's runs are only mirrored here; the server (its dashboard or API) cancels them.
    if (deps.jobs.mode === 'serve' && !run.endedAt) throw errors.conflict('job_run_served', 'The run is driven by the Inngest server; cancel it there.');
    throw errors.conflict('job_run_finished', `The run has already ended (${run.status}).`);
  }
  return getJobRun(deps, actor, runId);
}
