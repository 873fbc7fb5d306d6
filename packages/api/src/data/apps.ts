import { and, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { type App, type AppMode, apps, type Queryable, type Site, sites } from '@tessera/db';
import { escapeLike } from './escape-like';

export type NewAppRow = Omit<typeof apps.$inferInsert, 'id' | 'workspaceId'>;
export type AppChanges = Partial<Omit<NewAppRow, 'createdBy' | 'createdAt'>>;
type NewSite = typeof sites.$inferInsert;
export type NewSiteRow = Omit<NewSite, 'id' | 'appId' | 'workspaceId'>;
export type SiteChanges = Partial<NewSiteRow>;

export interface AppFilter {
  mode?: AppMode;
  /** Matched literally anywhere in the name, case-insensitively. */
  name?: string;
  createdBy?: string;
  /** Only these apps (an empty list matches none). */
  ids?: string[];
}

/**
 * A workspace's apps and their web-app sites. Every query filters by the workspace the store was
 * built for, sites included (they carry the workspace too), so an app id from another workspace
 * finds nothing and changes nothing.
 */
export function appsStore(db: Queryable, workspaceId: string) {
  const ownApp = (appId: string) => and(eq(apps.id, appId), eq(apps.workspaceId, workspaceId));
  const ownSite = (appId: string) => and(eq(sites.appId, appId), eq(sites.workspaceId, workspaceId));
  const filterOf = (filter: AppFilter) => {
    const conditions: SQL[] = [eq(apps.workspaceId, workspaceId)];
    if (filter.mode) conditions.push(eq(apps.mode, filter.mode));
    if (filter.name) conditions.push(ilike(apps.name, `%${escapeLike(filter.name)}%`));
    if (filter.createdBy) conditions.push(eq(apps.createdBy, filter.createdBy));
    if (filter.ids) conditions.push(inArray(apps.id, filter.ids));
    return and(...conditions);
  };

  return {
    async find(appId: string): Promise<App | undefined> {
      const [app] = await db.select().from(apps).where(ownApp(appId));
      return app;
    },

    /** Locks the app's row until the transaction ends, to serialise work on one app; false when it is not the workspace's. */
    async lock(appId: string): Promise<boolean> {
      const [locked] = await db.select({ id: apps.id }).from(apps).where(ownApp(appId)).for('update');
      return Boolean(locked);
    },

    /** Newest first. */
    async page(filter: AppFilter, window: { limit: number; offset: number }): Promise<{ total: number; rows: App[] }> {
      if (filter.ids?.length === 0) return { total: 0, rows: [] };
      const where = filterOf(filter);
      const [totals] = await db.select({ total: count() }).from(apps).where(where);
      const rows = await db
        .select()
        .from(apps)
        .where(where)
        .orderBy(desc(apps.createdAt), desc(apps.id))
        .limit(window.limit)
        .offset(window.offset);
      return { total: totals?.total ?? 0, rows };
    },

    async insert(values: NewAppRow): Promise<App> {
      const [app] = await db
        .insert(apps)
        .values({ ...values, workspaceId })
        .returning();
      if (!app) throw new Error('app insert returned nothing');
      return app;
    },

    async update(appId: string, changes: AppChanges): Promise<App | undefined> {
      const [app] = await db.update(apps).set(changes).where(ownApp(appId)).returning();
      return app;
    },

    async delete(appId: string): Promise<void> {
      await db.delete(apps).where(ownApp(appId));
    },

    async findSite(appId: string): Promise<Site | undefined> {
      const [site] = await db.select().from(sites).where(ownSite(appId));
      return site;
    },

    async insertSite(appId: string, values: NewSiteRow): Promise<Site> {
      const [site] = await db
        .insert(sites)
        .values({ ...values, appId, workspaceId })
        .returning();
      if (!site) throw new Error('site insert returned nothing');
      return site;
    },

    async updateSite(appId: string, changes: SiteChanges): Promise<Site | undefined> {
      const [site] = await db.update(sites).set(changes).where(ownSite(appId)).returning();
      return site;
    },
  };
}
