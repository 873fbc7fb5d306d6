import { type Actor } from '../../../../callers';
import { type AppDeps } from '../../../../deps';
import { findWorkspaceApp } from '../../../../services/apps/app-rows';
import { assertRole, EDITING_ROLES } from '../../../../services/authz';
import { type GenerationApp, type GenerationOwner } from '../../../../services/generation/types';

/** The app an operator debugs: one of their workspace's, and only for roles that may edit apps. */
export async function debugTarget(deps: AppDeps, actor: Actor, appId: string): Promise<{ app: GenerationApp; owner: GenerationOwner }> {
  assertRole(actor, EDITING_ROLES);
  const row = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  return { app: { appId: row.id, workspaceId: row.workspaceId, mode: row.mode }, owner: { kind: 'account', accountId: actor.accountId } };
}
