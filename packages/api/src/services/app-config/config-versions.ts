import { type AppModelConfig, type Transaction } from '@tessera/db';
import { appsStore } from '../../data/apps';
import { configVersionsStore } from '../../data/config-versions';

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
  const app = appsStore(tx, input.workspaceId);
  const versions = configVersionsStore(tx, input.workspaceId);
  if (!(await app.lock(input.appId))) throw new Error(`app ${input.appId} is not in workspace ${input.workspaceId}`);
  const row = await versions.insert(input.appId, {
    version: (await versions.latestNumber(input.appId)) + 1,
    config: input.config,
    createdBy: input.createdBy,
    createdAt: input.now,
  });
  await app.update(input.appId, { modelConfig: input.config, appModelConfigId: row.id, updatedBy: input.createdBy, updatedAt: input.now });
  return row;
}
