import { and, eq } from 'drizzle-orm';
import { streamTasks } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type GenerationApp, type GenerationOwner, ownerKey } from './types';

/** Whether `taskId` is a task of this app started by this owner (running or kept after it ended). */
export async function ownsTask(deps: AppDeps, app: Pick<GenerationApp, 'appId' | 'workspaceId'>, owner: GenerationOwner, taskId: string): Promise<boolean> {
  const [row] = await deps.db
    .select({ id: streamTasks.id })
    .from(streamTasks)
    .where(
      and(
        eq(streamTasks.id, taskId),
        eq(streamTasks.appId, app.appId),
        eq(streamTasks.workspaceId, app.workspaceId),
        eq(streamTasks.owner, ownerKey(owner)),
      ),
    );
  return Boolean(row);
}

/**
 * Stops the caller's own task wherever it runs. Like Dify, an unknown task or someone else's is a
 * silent no-op (the answer is the same), so task ids cannot be probed.
 */
export async function stopOwnTask(deps: AppDeps, app: Pick<GenerationApp, 'appId' | 'workspaceId'>, owner: GenerationOwner, taskId: string): Promise<void> {
  if (await ownsTask(deps, app, owner, taskId)) await deps.streams.requestStop(taskId);
}
