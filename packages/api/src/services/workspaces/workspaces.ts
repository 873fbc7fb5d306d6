import { count, desc, eq } from 'drizzle-orm';
import { workspaces } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { toUnixRequired, UUID } from '../../validation';
import { findActiveMembership, listJoinedWorkspaces, markCurrent } from './membership';
import { type TenantInfo, tenantInfo } from './tenant-info';
import { type PageParams, pageOf, pageOffset } from '../../paging';

export interface WorkspaceListItem {
  id: string;
  name: string;
  plan: string;
  status: string;
  created_at: number;
  current: boolean;
}

/** Every workspace the caller belongs to, marking the one it is working in. */
export async function listWorkspaces(deps: AppDeps, actor: Actor): Promise<WorkspaceListItem[]> {
  const rows = await listJoinedWorkspaces(deps.db, actor.accountId);
  return rows.map(({ workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    plan: workspace.plan,
    status: workspace.status,
    created_at: toUnixRequired(workspace.createdAt),
    current: workspace.id === actor.workspaceId,
  }));
}

/** Makes another of the caller's workspaces current; 403 `account_not_link_tenant` otherwise. */
export async function switchWorkspace(deps: AppDeps, actor: Actor, tenantId: string): Promise<TenantInfo> {
  const membership = UUID.test(tenantId) ? await findActiveMembership(deps.db, actor.accountId, tenantId) : undefined;
  if (!membership) throw errors.notPermitted('account_not_link_tenant', 'Account not link tenant.');
  await markCurrent(deps.db, actor.accountId, tenantId);
  return tenantInfo(deps, membership.workspace, membership.role);
}

/** Renames the current workspace (owners and admins). */
export async function renameWorkspace(deps: AppDeps, actor: Actor, name: string): Promise<TenantInfo> {
  assertRole(actor, PRIVILEGED_ROLES);
  const [workspace] = await deps.db
    .update(workspaces)
    .set({ name })
    .where(eq(workspaces.id, actor.workspaceId))
    .returning();
  if (!workspace) throw errors.notFound('not_found', 'Workspace not found.');
  return tenantInfo(deps, workspace, actor.role);
}

export interface AllWorkspacesPage {
  data: Array<{ id: string; name: string; status: string; created_at: number }>;
  has_more: boolean;
  limit: number;
  page: number;
  total: number;
}

/** Every workspace of the install, newest first (for the admin API key). */
export async function listAllWorkspaces(deps: AppDeps, input: PageParams): Promise<AllWorkspacesPage> {
  const [totalRow] = await deps.db.select({ total: count() }).from(workspaces);
  const total = Number(totalRow?.total ?? 0);
  const rows = await deps.db
    .select({ id: workspaces.id, name: workspaces.name, status: workspaces.status, createdAt: workspaces.createdAt })
    .from(workspaces)
    .orderBy(desc(workspaces.createdAt), desc(workspaces.id))
    .limit(input.limit)
    .offset(pageOffset(input));
  const data = rows.map((row) => ({ id: row.id, name: row.name, status: row.status, created_at: toUnixRequired(row.createdAt) }));
  return pageOf(input, total, data);
}
