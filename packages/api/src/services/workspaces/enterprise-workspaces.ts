import { type Workspace, workspaceMembers, workspaces } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { findAccountByEmail } from '../accounts/find-account';

/** The workspace as Dify's inner API describes it: ISO timestamps with a trailing Z. */
export interface InnerTenant {
  id: string;
  name: string;
  plan: string;
  status: string;
  custom_config: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

function innerTenant(workspace: Workspace): InnerTenant {
  const config = workspace.customConfig ?? {};
  return {
    id: workspace.id,
    name: workspace.name,
    plan: workspace.plan,
    status: workspace.status,
    custom_config: Object.keys(config).length > 0 ? config : null,
    created_at: workspace.createdAt.toISOString(),
    updated_at: workspace.updatedAt.toISOString(),
  };
}

/**
 * A workspace owned by an existing account (Dify's enterprise provisioning). It does not become
 * the owner's current workspace; an owner with no other workspace lands in it on next sign-in.
 */
export async function createEnterpriseWorkspace(deps: AppDeps, input: { name: string; ownerEmail: string }): Promise<InnerTenant> {
  const owner = await findAccountByEmail(deps.db, input.ownerEmail);
  if (!owner) throw errors.notFound('account_not_found', 'owner account not found.');
  const workspace = await deps.db.transaction(async (tx) => {
    const [created] = await tx.insert(workspaces).values({ name: input.name }).returning();
    if (!created) throw new Error('workspace insert returned nothing');
    await tx.insert(workspaceMembers).values({ workspaceId: created.id, accountId: owner.id, role: 'owner', current: false });
    return created;
  });
  return innerTenant(workspace);
}

/** A workspace with no members (Dify provisions the people separately). */
export async function createOwnerlessWorkspace(deps: AppDeps, input: { name: string }): Promise<InnerTenant> {
  const [workspace] = await deps.db.insert(workspaces).values({ name: input.name }).returning();
  if (!workspace) throw new Error('workspace insert returned nothing');
  return innerTenant(workspace);
}
