import { type Database, workspaceMembers, workspaces } from '@tessera/db';
import { markCurrent } from './membership';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A new workspace owned by the account, which becomes the account's current one. */
export async function createOwnedWorkspace(db: Database | Tx, accountId: string, name: string) {
  const [workspace] = await db.insert(workspaces).values({ name }).returning();
  if (!workspace) throw new Error('workspace insert returned nothing');
  await db.insert(workspaceMembers).values({ workspaceId: workspace.id, accountId, role: 'owner', current: false });
  await markCurrent(db as Database, accountId, workspace.id);
  return workspace;
}

export const defaultWorkspaceName = (accountName: string) => `${accountName}'s Workspace`;
