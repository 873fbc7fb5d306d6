import { and, eq, max } from 'drizzle-orm';
import { type AppModelConfig, appModelConfigs, apps, type Transaction } from '@tessera/db';

export interface NewConfigVersion {
  workspaceId: string;
  appId: string;
  config: Record<string, unknown>;
  createdBy: string | null;
  now: Date;
}

/**
 * Adds the app's next configuration version and makes it the one that answers: the version row,
 * the copy in `apps.model_config` and `apps.app_model_config_id`, all in the caller's transaction.
 * The app row is locked first, so parallel saves of one app queue up and each gets its own number
 * instead of racing for the same `max + 1`.
 */
export async function addConfigVersion(tx: Transaction, input: NewConfigVersion): Promise<AppModelConfig> {
  const scope = and(eq(apps.id, input.appId), eq(apps.workspaceId, input.workspaceId));
  const [locked] = await tx.select({ id: apps.id }).from(apps).where(scope).for('update');
  if (!locked) throw new Error(`app ${input.appId} is not in workspace ${input.workspaceId}`);
  const [latest] = await tx
    .select({ version: max(appModelConfigs.version) })
    .from(appModelConfigs)
    .where(and(eq(appModelConfigs.appId, input.appId), eq(appModelConfigs.workspaceId, input.workspaceId)));
  const [row] = await tx
    .insert(appModelConfigs)
    .values({
      workspaceId: input.workspaceId,
      appId: input.appId,
      version: (latest?.version ?? 0) + 1,
      config: input.config,
      createdBy: input.createdBy,
      createdAt: input.now,
    })
    .returning();
  if (!row) throw new Error('config version insert returned nothing');
  await tx
    .update(apps)
    .set({ modelConfig: input.config, appModelConfigId: row.id, updatedBy: input.createdBy, updatedAt: input.now })
    .where(scope);
  return row;
}
