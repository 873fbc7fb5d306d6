import { and, asc, count, eq } from 'drizzle-orm';
import { type ApiToken, apiTokens, type Queryable } from '@tessera/db';

/**
 * A workspace's app API keys (stored as hashes with a display hint). Every query filters by the
 * workspace the store was built for, so a key or app id of another workspace finds nothing.
 */
export function apiKeysStore(db: Queryable, workspaceId: string) {
  const appKeys = (appId: string) => and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.appId, appId), eq(apiTokens.type, 'app'));

  return {
    /** Oldest first. */
    async listForApp(appId: string): Promise<ApiToken[]> {
      return db.select().from(apiTokens).where(appKeys(appId)).orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
    },

    async countForApp(appId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(apiTokens).where(appKeys(appId));
      return row?.n ?? 0;
    },

    async insertForApp(appId: string, key: { tokenHash: string; tokenHint: string }): Promise<ApiToken> {
      const [row] = await db
        .insert(apiTokens)
        .values({ workspaceId, appId, type: 'app', ...key })
        .returning();
      if (!row) throw new Error('api key insert returned nothing');
      return row;
    },

    /** Whether a key was deleted. */
    async deleteForApp(appId: string, keyId: string): Promise<boolean> {
      const deleted = await db
        .delete(apiTokens)
        .where(and(appKeys(appId), eq(apiTokens.id, keyId)))
        .returning({ id: apiTokens.id });
      return deleted.length > 0;
    },
  };
}
