import { type ApiToken } from '@tessera/db';
import { settledKeyTouches } from '../../auth/key-last-used';
import { randomAlphanumeric, sha256Hex } from '../../auth/tokens';
import { type Actor } from '../../callers';
import { apiKeysStore } from '../../data/api-keys';
import { appsStore } from '../../data/apps';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { toUnix, toUnixRequired } from '../../validation';
import { assertRole, EDITING_ROLES, PRIVILEGED_ROLES } from '../authz';

export const APP_KEY_PREFIX = 'app-';
export const MAX_KEYS_PER_APP = 10;

/** The console's 404 for keys (Dify's resource loader answers `not_found`, not `app_not_found`). */
async function assertAppInWorkspace(deps: AppDeps, actor: Actor, appId: string): Promise<void> {
  if (!(await appsStore(deps.db, actor.workspaceId).find(appId))) throw errors.notFound('not_found', 'App not found.');
}

/** What the console may show again: the prefix, four characters, an ellipsis and the last four. */
export function keyHint(key: string): string {
  return `${key.slice(0, APP_KEY_PREFIX.length + 4)}…${key.slice(-4)}`;
}

const present = (row: ApiToken, token: string) => ({
  id: row.id,
  type: 'app' as const,
  token,
  last_used_at: toUnix(row.lastUsedAt),
  created_at: toUnixRequired(row.createdAt),
});

/** `GET /apps/{app_id}/api-keys`: keys are stored hashed, so only their hints are listed. */
export async function listAppApiKeys(deps: AppDeps, actor: Actor, appId: string) {
  await assertAppInWorkspace(deps, actor, appId);
  await settledKeyTouches(deps);
  const rows = await apiKeysStore(deps.db, actor.workspaceId).listForApp(appId);
  return { data: rows.map((row) => present(row, row.tokenHint)) };
}

/** `POST /apps/{app_id}/api-keys`: the full key appears in this answer and nowhere else. */
export async function createAppApiKey(deps: AppDeps, actor: Actor, appId: string) {
  await assertAppInWorkspace(deps, actor, appId);
  assertRole(actor, EDITING_ROLES);
  const key = `${APP_KEY_PREFIX}${randomAlphanumeric(24)}`;
  const row = await deps.db.transaction(async (tx) => {
    // Serialises key creation per app so two concurrent requests cannot both take the tenth slot.
    await appsStore(tx, actor.workspaceId).lock(appId);
    const keys = apiKeysStore(tx, actor.workspaceId);
    if ((await keys.countForApp(appId)) >= MAX_KEYS_PER_APP) {
      throw errors.badRequest('max_keys_exceeded', `Cannot create more than ${MAX_KEYS_PER_APP} API keys for this resource type.`);
    }
    return keys.insertForApp(appId, { tokenHash: sha256Hex(key), tokenHint: keyHint(key) });
  });
  return present(row, key);
}

/** `DELETE /apps/{app_id}/api-keys/{key_id}`: admins and the owner only; the key stops working at once. */
export async function deleteAppApiKey(deps: AppDeps, actor: Actor, appId: string, keyId: string): Promise<void> {
  await assertAppInWorkspace(deps, actor, appId);
  assertRole(actor, PRIVILEGED_ROLES);
  const deleted = await apiKeysStore(deps.db, actor.workspaceId).deleteForApp(appId, keyId);
  if (!deleted) throw errors.notFound('not_found', 'API key not found');
}
