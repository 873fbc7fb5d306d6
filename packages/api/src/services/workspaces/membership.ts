import { and, asc, eq } from 'drizzle-orm';
import { accounts, type Database, type Queryable, type Workspace, workspaceMembers, workspaces, type WorkspaceRole } from '@tessera/db';

export interface Membership {
  workspaceId: string;
  role: WorkspaceRole;
}

/**
 * The account's current workspace. With no membership marked current, the first one joined
 * becomes current (Dify's loader rule); archived workspaces are skipped.
 */
export async function resolveCurrentMembership(db: Database, accountId: string): Promise<Membership | null> {
  const rows = await listJoinedWorkspaces(db, accountId);
  const current = rows.find((row) => row.current) ?? rows[0];
  if (!current) return null;
  if (!current.current) await markCurrent(db, accountId, current.workspace.id);
  return { workspaceId: current.workspace.id, role: current.role };
}

export async function markCurrent(db: Queryable, accountId: string, workspaceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(workspaceMembers).set({ current: false }).where(eq(workspaceMembers.accountId, accountId));
    await tx
      .update(workspaceMembers)
      .set({ current: true })
      .where(and(eq(workspaceMembers.accountId, accountId), eq(workspaceMembers.workspaceId, workspaceId)));
  });
}

export async function findWorkspaceOwner(db: Database, workspaceId: string) {
  const [row] = await db
    .select({ id: accounts.id, email: accounts.email, name: accounts.name })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')));
  return row;
}

/** The account's membership of a workspace that is in use (not archived), with the workspace. */
export async function findActiveMembership(
  db: Database,
  accountId: string,
  workspaceId: string,
): Promise<{ workspace: Workspace; role: WorkspaceRole } | undefined> {
  const [row] = await db
    .select({ workspace: workspaces, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(
      and(eq(workspaceMembers.accountId, accountId), eq(workspaceMembers.workspaceId, workspaceId), eq(workspaces.status, 'normal')),
    );
  return row;
}

/** Every workspace in use that the account belongs to, in the order it joined them, with the role and current flag. */
export async function listJoinedWorkspaces(db: Database, accountId: string) {
  return db
    .select({ workspace: workspaces, role: workspaceMembers.role, current: workspaceMembers.current })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.accountId, accountId), eq(workspaces.status, 'normal')))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaces.id));
}
