import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { type Database, datasetDocuments, datasetPermissions, datasets, type Dataset, tagBindings } from '@tessera/db';
import { escapeLike } from '../escape-like';

export interface DatasetListFilter {
  keyword?: string;
  tagIds?: string[];
  ids?: string[];
  /** When set, only datasets this account may see under Dify's permission rules. */
  visibleTo?: { accountId: string; onlyPermitted: boolean };
  page: number;
  limit: number;
}

export interface DocumentCounts {
  documentCount: number;
  availableCount: number;
  wordCount: number;
}

/** Every query on datasets of one workspace; built from the workspace id so none can forget it. */
export function datasetStore(db: Database, workspaceId: string) {
  const inWorkspace = eq(datasets.workspaceId, workspaceId);
  return {
    async find(datasetId: string): Promise<Dataset | undefined> {
      const [row] = await db.select().from(datasets).where(and(inWorkspace, eq(datasets.id, datasetId)));
      return row;
    },

    async findByName(name: string): Promise<Dataset | undefined> {
      const [row] = await db.select().from(datasets).where(and(inWorkspace, eq(datasets.name, name)));
      return row;
    },

    async list(filter: DatasetListFilter): Promise<{ rows: Dataset[]; total: number }> {
      const conditions: SQL[] = [inWorkspace];
      if (filter.keyword) conditions.push(ilike(datasets.name, `%${escapeLike(filter.keyword)}%`));
      if (filter.ids?.length) conditions.push(inArray(datasets.id, filter.ids));
      if (filter.tagIds) {
        const tagged = db
          .select({ id: tagBindings.targetId })
          .from(tagBindings)
          .where(and(eq(tagBindings.workspaceId, workspaceId), inArray(tagBindings.tagId, filter.tagIds)));
        conditions.push(inArray(datasets.id, tagged));
      }
      if (filter.visibleTo) {
        const permitted = db
          .select({ id: datasetPermissions.datasetId })
          .from(datasetPermissions)
          .where(and(eq(datasetPermissions.workspaceId, workspaceId), eq(datasetPermissions.accountId, filter.visibleTo.accountId)));
        conditions.push(
          filter.visibleTo.onlyPermitted
            ? inArray(datasets.id, permitted)
            : or(
                eq(datasets.permission, 'all_team_members'),
                and(eq(datasets.permission, 'only_me'), eq(datasets.createdBy, filter.visibleTo.accountId)),
                and(eq(datasets.permission, 'partial_members'), or(eq(datasets.createdBy, filter.visibleTo.accountId), inArray(datasets.id, permitted))),
              )!,
        );
      }
      const where = and(...conditions);
      const [totalRow] = await db.select({ n: count() }).from(datasets).where(where);
      const rows = await db
        .select()
        .from(datasets)
        .where(where)
        .orderBy(desc(datasets.createdAt), desc(datasets.id))
        .limit(filter.limit)
        .offset((filter.page - 1) * filter.limit);
      return { rows, total: totalRow?.n ?? 0 };
    },

    async insert(values: Omit<typeof datasets.$inferInsert, 'workspaceId'>): Promise<Dataset> {
      const [row] = await db
        .insert(datasets)
        .values({ ...values, workspaceId })
        .returning();
      return row!;
    },

    async update(datasetId: string, values: Partial<typeof datasets.$inferInsert>): Promise<void> {
      await db.update(datasets).set(values).where(and(inWorkspace, eq(datasets.id, datasetId)));
    },

    async remove(datasetId: string): Promise<void> {
      await db.delete(tagBindings).where(and(eq(tagBindings.workspaceId, workspaceId), eq(tagBindings.targetId, datasetId)));
      await db.delete(datasets).where(and(inWorkspace, eq(datasets.id, datasetId)));
    },

    async partialMembers(datasetId: string): Promise<string[]> {
      const rows = await db
        .select({ accountId: datasetPermissions.accountId })
        .from(datasetPermissions)
        .where(and(eq(datasetPermissions.workspaceId, workspaceId), eq(datasetPermissions.datasetId, datasetId)));
      return rows.map((r) => r.accountId);
    },

    async replacePartialMembers(datasetId: string, accountIds: string[]): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(datasetPermissions).where(and(eq(datasetPermissions.workspaceId, workspaceId), eq(datasetPermissions.datasetId, datasetId)));
        const unique = [...new Set(accountIds)];
        if (unique.length) await tx.insert(datasetPermissions).values(unique.map((accountId) => ({ datasetId, accountId, workspaceId })));
      });
    },

    async documentCounts(datasetIds: string[]): Promise<Map<string, DocumentCounts>> {
      const counts = new Map<string, DocumentCounts>(datasetIds.map((id) => [id, { documentCount: 0, availableCount: 0, wordCount: 0 }]));
      if (datasetIds.length === 0) return counts;
      const rows = await db
        .select({
          datasetId: datasetDocuments.datasetId,
          documentCount: count(),
          availableCount: sql<number>`count(*) filter (where ${datasetDocuments.indexingStatus} = 'completed' and ${datasetDocuments.enabled} and not ${datasetDocuments.archived})`.mapWith(Number),
          wordCount: sql<number>`coalesce(sum(${datasetDocuments.wordCount}), 0)`.mapWith(Number),
        })
        .from(datasetDocuments)
        .where(and(eq(datasetDocuments.workspaceId, workspaceId), inArray(datasetDocuments.datasetId, datasetIds)))
        .groupBy(datasetDocuments.datasetId);
      for (const row of rows) counts.set(row.datasetId, { documentCount: row.documentCount, availableCount: row.availableCount, wordCount: row.wordCount });
      return counts;
    },
  };
}

export type DatasetStore = ReturnType<typeof datasetStore>;
