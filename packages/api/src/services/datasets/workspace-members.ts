import { and, eq, inArray } from 'drizzle-orm';
import { type Database, workspaceMembers } from '@tessera/db';

/** Of these accounts, the ones that are members of the workspace: a partial list never names outsiders. */
export async function workspaceMemberAccountIds(db: Database, workspaceId: string, accountIds: string[]): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .select({ id: workspaceMembers.accountId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), inArray(workspaceMembers.accountId, accountIds)));
  return rows.map((r) => r.id);
}
