import { eq } from 'drizzle-orm';
import { workspaces } from '@tessera/db';
import { type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';

/**
 * The workspace a backwards invocation runs in, as the caller to bill. `user_id` names the end
 * user the plugin acts for; usage records keep it.
 */
export async function resolvePluginCaller(
  deps: AppDeps,
  input: { tenant_id: string; user_id?: string | null },
): Promise<UsageCaller> {
  const [workspace] = await deps.db
    .select({ id: workspaces.id, status: workspaces.status })
    .from(workspaces)
    .where(eq(workspaces.id, input.tenant_id));
  if (!workspace || workspace.status !== 'normal') throw errors.invalidParam('tenant not found');
  return { workspaceId: workspace.id, type: 'plugin', userId: input.user_id || undefined };
}
