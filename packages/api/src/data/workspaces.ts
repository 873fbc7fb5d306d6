import { eq } from 'drizzle-orm';
import { type Queryable, type Workspace, workspaces } from '@tessera/db';

/** The workspace's own row: the store can read no other workspace than the one it was built for. */
export function workspaceStore(db: Queryable, workspaceId: string) {
  return {
    async find(): Promise<Workspace | undefined> {
      const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
      return workspace;
    },
  };
}
