import { and, eq } from 'drizzle-orm';
import { streamTasks } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type TaskAccess } from '../../streams/local-task';
import { type GenerationApp, type GenerationOwner, ownerKey } from './types';

/**
 * A task's id reaches its client with the first event, which may come before the run's rows commit;
 * another instance asked about it at once waits this long for the row before calling it unknown.
 */
const UNCOMMITTED_TASK_WAIT_MS = 2_000;

export function taskAccess(app: Pick<GenerationApp, 'appId' | 'workspaceId'>, owner: GenerationOwner): TaskAccess {
  return { workspaceId: app.workspaceId, appId: app.appId, owner: ownerKey(owner) };
}

/** Whether `taskId` is a task of this app started by this owner (running or kept after it ended). */
export async function ownsTask(deps: AppDeps, app: Pick<GenerationApp, 'appId' | 'workspaceId'>, owner: GenerationOwner, taskId: string): Promise<boolean> {
  const access = taskAccess(app, owner);
  // A task running here answers from memory, committed or not.
  const local = deps.streams.localAccess(taskId, access);
  if (local !== undefined) return local;
  const deadline = Date.now() + UNCOMMITTED_TASK_WAIT_MS;
  for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
    const [row] = await deps.db
      .select({ appId: streamTasks.appId, owner: streamTasks.owner })
      .from(streamTasks)
      .where(and(eq(streamTasks.id, taskId), eq(streamTasks.workspaceId, app.workspaceId)));
    if (row) return row.appId === access.appId && row.owner === access.owner;
    if (Date.now() + pause > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * Stops the caller's own task wherever it runs. Like Dify, an unknown task or someone else's is a
 * silent no-op (the answer is the same), so task ids cannot be probed; the instance running the
 * task checks the access.
 */
export async function stopOwnTask(deps: AppDeps, app: Pick<GenerationApp, 'appId' | 'workspaceId'>, owner: GenerationOwner, taskId: string): Promise<void> {
  await deps.streams.requestStop(taskId, taskAccess(app, owner));
}
