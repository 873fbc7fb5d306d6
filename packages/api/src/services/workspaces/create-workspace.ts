import { type Queryable, workspaceMembers, workspaces } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { markCurrent } from './membership';
import { type TenantInfo, tenantInfo } from './tenant-info';


/** A new workspace owned by the account, which becomes the account's current one. */
export async function createOwnedWorkspace(db: Queryable, accountId: string, name: string) {
  const [workspace] = await db.insert(workspaces).values({ name }).returning();
  if (!workspace) throw new Error('workspace insert returned nothing');
  await db.insert(workspaceMembers).values({ workspaceId: workspace.id, accountId, role: 'owner', current: false });
  await markCurrent(db, accountId, workspace.id);
  return workspace;
}

export const defaultWorkspaceName = (accountName: string) => `${accountName}'s Workspace`;

/**
 * `POST /workspaces`: a further workspace owned by the caller, which becomes current. An account
 * may own several; the install can refuse new workspaces with ALLOW_CREATE_WORKSPACE=false.
 */
export async function createWorkspaceForActor(deps: AppDeps, actor: Actor, name: string): Promise<TenantInfo> {
  if (!deps.config.allowCreateWorkspace) {
    throw errors.notPermitted('not_allowed_create_workspace', 'Workspace creation is not allowed on this install.');
  }
  const workspace = await deps.db.transaction((tx) => createOwnedWorkspace(tx, actor.accountId, name));
  return tenantInfo(deps, workspace, 'owner');
}
