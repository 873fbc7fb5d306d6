import { and, count, desc, eq, max } from 'drizzle-orm';
import { type AppModelConfig, appModelConfigs, type Queryable } from '@tessera/db';

export interface VersionSummary {
  id: string;
  version: number;
  createdBy: string | null;
  createdAt: Date;
}

/**
 * The saved configuration versions of a workspace's apps. Every query filters by the workspace the
 * store was built for and by app, so a version id of another app or workspace finds nothing.
 */
export function configVersionsStore(db: Queryable, workspaceId: string) {
  const appVersions = (appId: string) => and(eq(appModelConfigs.appId, appId), eq(appModelConfigs.workspaceId, workspaceId));

  return {
    async find(appId: string, versionId: string): Promise<AppModelConfig | undefined> {
      const [row] = await db.select().from(appModelConfigs).where(and(appVersions(appId), eq(appModelConfigs.id, versionId)));
      return row;
    },

    async latestNumber(appId: string): Promise<number> {
      const [latest] = await db.select({ version: max(appModelConfigs.version) }).from(appModelConfigs).where(appVersions(appId));
      return latest?.version ?? 0;
    },

    async insert(appId: string, values: { version: number; config: Record<string, unknown>; createdBy: string | null; createdAt: Date }) {
      const [row] = await db
        .insert(appModelConfigs)
        .values({ workspaceId, appId, ...values })
        .returning();
      if (!row) throw new Error('config version insert returned nothing');
      return row;
    },

    /** Newest first. */
    async page(appId: string, window: { limit: number; offset: number }): Promise<{ total: number; rows: VersionSummary[] }> {
      const [rows, [total]] = await Promise.all([
        db
          .select({ id: appModelConfigs.id, version: appModelConfigs.version, createdBy: appModelConfigs.createdBy, createdAt: appModelConfigs.createdAt })
          .from(appModelConfigs)
          .where(appVersions(appId))
          .orderBy(desc(appModelConfigs.version))
          .limit(window.limit)
          .offset(window.offset),
        db.select({ n: count() }).from(appModelConfigs).where(appVersions(appId)),
      ]);
      return { total: total?.n ?? 0, rows };
    },
  };
}
