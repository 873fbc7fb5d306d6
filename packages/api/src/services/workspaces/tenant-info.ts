import { eq } from 'drizzle-orm';
import { type Workspace, workspaces, type WorkspaceRole } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { toUnixRequired } from '../../validation';

export interface CustomConfig {
  remove_webapp_brand: boolean;
  replace_webapp_logo: string | null;
}

/** Dify's tenant info (`/workspaces/current`, `new_tenant`, `tenant`). */
export interface TenantInfo {
  id: string;
  name: string;
  plan: string;
  status: string;
  created_at: number;
  role: WorkspaceRole;
  in_trial: boolean | null;
  trial_end_reason: string | null;
  custom_config: CustomConfig | null;
  trial_credits: number | null;
  trial_credits_used: number | null;
  next_credit_reset_date: number | null;
}

/**
 * `role` is the caller's role in `workspace`. Branding settings are shown to owners and admins
 * only; the trial and credit fields belong to Dify's cloud billing, which a self-hosted
 * install does not have, so they are null as in Dify's self-hosted edition.
 */
export function tenantInfo(deps: AppDeps, workspace: Workspace, role: WorkspaceRole): TenantInfo {
  const config = workspace.customConfig ?? {};
  const privileged = role === 'owner' || role === 'admin';
  return {
    id: workspace.id,
    name: workspace.name,
    plan: workspace.plan,
    status: workspace.status,
    created_at: toUnixRequired(workspace.createdAt),
    role,
    in_trial: null,
    trial_end_reason: null,
    custom_config: privileged
      ? {
          remove_webapp_brand: config.remove_webapp_brand === true,
          replace_webapp_logo: config.replace_webapp_logo
            ? `${deps.urls.files}/files/workspaces/${workspace.id}/webapp-logo`
            : null,
        }
      : null,
    trial_credits: null,
    trial_credits_used: null,
    next_credit_reset_date: null,
  };
}

export async function findWorkspace(deps: AppDeps, workspaceId: string): Promise<Workspace> {
  const [workspace] = await deps.db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!workspace) throw errors.notFound('not_found', 'Workspace not found.');
  return workspace;
}

/** The caller's current workspace, seen with the caller's role in it. */
export async function currentTenantInfo(deps: AppDeps, actor: Actor): Promise<TenantInfo> {
  return tenantInfo(deps, await findWorkspace(deps, actor.workspaceId), actor.role);
}
