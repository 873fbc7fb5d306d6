import { and, count, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { type App, appDatasetJoins, apps, datasets, type Queryable } from '@tessera/db';
import { UUID } from '../../validation';

/** Which of the workspace's apps answer from which of its datasets. */
export function appDatasetJoinStore(db: Queryable, workspaceId: string) {
  const inWorkspace = eq(appDatasetJoins.workspaceId, workspaceId);
  return {
    /** Makes the app's links exactly these datasets (ids of the workspace's datasets, checked by the caller). */
    async replaceForApp(appId: string, datasetIds: string[]): Promise<void> {
      const ofApp = and(inWorkspace, eq(appDatasetJoins.appId, appId));
      await db.delete(appDatasetJoins).where(datasetIds.length ? and(ofApp, notInArray(appDatasetJoins.datasetId, datasetIds)) : ofApp);
      if (datasetIds.length === 0) return;
      await db
        .insert(appDatasetJoins)
        .values(datasetIds.map((datasetId) => ({ workspaceId, appId, datasetId })))
        .onConflictDoNothing();
    },

    /**
     * Links a new app to those of `datasetIds` that are datasets of this workspace: a copied app
     * names the workspace's own, an imported one may name ids from anywhere, which are skipped.
     */
    async linkExisting(appId: string, datasetIds: string[]): Promise<void> {
      const ids = datasetIds.filter((id) => UUID.test(id));
      if (ids.length === 0) return;
      const found = await db
        .select({ id: datasets.id })
        .from(datasets)
        .where(and(eq(datasets.workspaceId, workspaceId), inArray(datasets.id, ids)));
      if (found.length === 0) return;
      await db
        .insert(appDatasetJoins)
        .values(found.map(({ id }) => ({ workspaceId, appId, datasetId: id })))
        .onConflictDoNothing();
    },

    /** How many apps use each dataset; datasets no app uses are absent. */
    async appCounts(datasetIds: string[]): Promise<Map<string, number>> {
      if (datasetIds.length === 0) return new Map();
      const rows = await db
        .select({ datasetId: appDatasetJoins.datasetId, n: count() })
        .from(appDatasetJoins)
        .where(and(inWorkspace, inArray(appDatasetJoins.datasetId, datasetIds)))
        .groupBy(appDatasetJoins.datasetId);
      return new Map(rows.map((r) => [r.datasetId, r.n]));
    },

    /** The apps using a dataset, newest link first (Dify's related apps). */
    async appsUsing(datasetId: string): Promise<App[]> {
      const rows = await db
        .select({ app: apps })
        .from(appDatasetJoins)
        .innerJoin(apps, and(eq(apps.id, appDatasetJoins.appId), eq(apps.workspaceId, workspaceId)))
        .where(and(inWorkspace, eq(appDatasetJoins.datasetId, datasetId)))
        .orderBy(desc(appDatasetJoins.createdAt), desc(apps.createdAt));
      return rows.map((r) => r.app);
    },
  };
}
