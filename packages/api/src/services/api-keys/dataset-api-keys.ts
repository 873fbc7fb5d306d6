import { and, asc, count, eq } from 'drizzle-orm';
import { type ApiToken, apiTokens, workspaces } from '@tessera/db';
import { settledKeyTouches } from '../../auth/key-last-used';
import { randomAlphanumeric, sha256Hex } from '../../auth/tokens';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { toUnix, toUnixRequired } from '../../validation';
import { assertRole, DATASET_EDITING_ROLES, PRIVILEGED_ROLES } from '../authz';

export const DATASET_KEY_PREFIX = 'dataset-';
/** Dify caps knowledge keys per workspace, not per dataset: one key reaches every dataset of it. */
export const MAX_DATASET_KEYS = 10;

const hint = (key: string) => `${key.slice(0, DATASET_KEY_PREFIX.length + 4)}…${key.slice(-4)}`;

const present = (row: ApiToken, token: string) => ({
  id: row.id,
  type: 'dataset' as const,
  token,
  last_used_at: toUnix(row.lastUsedAt),
  created_at: toUnixRequired(row.createdAt),
});

const ofWorkspace = (workspaceId: string) => and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.type, 'dataset'));

/** `GET /datasets/api-keys`: stored hashed, so only hints are listed. */
export async function listDatasetApiKeys(deps: AppDeps, actor: Actor) {
  assertRole(actor, DATASET_EDITING_ROLES);
  await settledKeyTouches(deps);
  const rows = await deps.db.select().from(apiTokens).where(ofWorkspace(actor.workspaceId)).orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
  return { data: rows.map((row) => present(row, row.tokenHint)) };
}

/** `POST /datasets/api-keys`: the full key is in this answer only. */
export async function createDatasetApiKey(deps: AppDeps, actor: Actor) {
  assertRole(actor, PRIVILEGED_ROLES);
  const key = `${DATASET_KEY_PREFIX}${randomAlphanumeric(24)}`;
  const row = await deps.db.transaction(async (tx) => {
    // Serialises creation per workspace so two requests cannot both take the tenth slot.
    await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, actor.workspaceId)).for('update');
    const [existing] = await tx.select({ n: count() }).from(apiTokens).where(ofWorkspace(actor.workspaceId));
    if ((existing?.n ?? 0) >= MAX_DATASET_KEYS) {
      throw errors.badRequest('max_keys_exceeded', `Cannot create more than ${MAX_DATASET_KEYS} API keys for this resource type.`);
    }
    const [inserted] = await tx
      .insert(apiTokens)
      .values({ workspaceId: actor.workspaceId, type: 'dataset', tokenHash: sha256Hex(key), tokenHint: hint(key) })
      .returning();
    return inserted!;
  });
  return present(row, key);
}

/** `DELETE /datasets/api-keys/{api_key_id}`: admins and the owner; the key stops working at once. */
export async function deleteDatasetApiKey(deps: AppDeps, actor: Actor, keyId: string): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const deleted = await deps.db
    .delete(apiTokens)
    .where(and(ofWorkspace(actor.workspaceId), eq(apiTokens.id, keyId)))
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw errors.notFound('not_found', 'API key not found');
}
