import { and, asc, eq } from 'drizzle-orm';
import { accounts, apiTokens, workspaceMembers, workspaces } from '@tessera/db';
import { type Actor, type RequestInfo } from '../context';
import { type AppDeps } from '../deps';
import { errors } from '../errors';
import { bearerKey } from './app-key';
import { touchKeyLastUsed } from './key-last-used';
import { sha256Hex } from './tokens';

const unauthorized = (message: string) => errors.unauthenticated('unauthorized', message);

/**
 * Resolves a knowledge API caller from a `dataset-` key (contract §1): Dify acts as the workspace
 * owner, so the caller is the owner's actor in the key's workspace. Null when no header is sent.
 */
export async function resolveDatasetCaller(deps: AppDeps, info: RequestInfo): Promise<Actor | null> {
  const key = bearerKey(info);
  if (key === null) return null;
  const tokenHash = sha256Hex(key);
  // From the read cache, as app keys are: a deleted key or an archived workspace is seen at once
  // through the api_tokens and workspaces triggers. An unknown key is never kept.
  const token = await deps.cache.read(
    `dataset-key:${tokenHash}`,
    null,
    async () => {
      const [row] = await deps.db
        .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, status: workspaces.status })
        .from(apiTokens)
        .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
        .where(and(eq(apiTokens.tokenHash, tokenHash), eq(apiTokens.type, 'dataset')));
      return row ?? null;
    },
    (row) => row?.workspaceId ?? null,
  );
  if (!token) throw unauthorized('Access token is invalid');
  if (token.status !== 'normal') throw unauthorized('Tenant does not exist.');
  // The owner is cached per workspace too: the workspace_members and accounts triggers announce a
  // membership added, removed or re-roled and an owner renamed, banned or closed, so a change of
  // who the key acts as is seen at the next request on every instance.
  const owner = await deps.cache.read(`workspace-owner:${token.workspaceId}`, token.workspaceId, () => workspaceOwner(deps, token.workspaceId));
  if (!owner) throw unauthorized('Tenant owner account does not exist.');
  touchKeyLastUsed(deps, token.id);
  return { accountId: owner.id, email: owner.email, name: owner.name, workspaceId: token.workspaceId, role: 'owner' };
}

/** The workspace's first active owner, whom Dify's knowledge API acts as; null when there is none. */
async function workspaceOwner(deps: AppDeps, workspaceId: string) {
  const [owner] = await deps.db
    .select({ id: accounts.id, email: accounts.email, name: accounts.name })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner'), eq(accounts.status, 'active')))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  return owner ?? null;
}
