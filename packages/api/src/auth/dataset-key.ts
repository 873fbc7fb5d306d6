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
  const [token] = await deps.db
    .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, status: workspaces.status })
    .from(apiTokens)
    .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(and(eq(apiTokens.tokenHash, sha256Hex(key)), eq(apiTokens.type, 'dataset')));
  if (!token) throw unauthorized('Access token is invalid');
  if (token.status !== 'normal') throw unauthorized('Tenant does not exist.');
  const [owner] = await deps.db
    .select({ id: accounts.id, email: accounts.email, name: accounts.name })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(and(eq(workspaceMembers.workspaceId, token.workspaceId), eq(workspaceMembers.role, 'owner'), eq(accounts.status, 'active')))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  if (!owner) throw unauthorized('Tenant owner account does not exist.');
  await touchKeyLastUsed(deps, token.id);
  return { accountId: owner.id, email: owner.email, name: owner.name, workspaceId: token.workspaceId, role: 'owner' };
}
