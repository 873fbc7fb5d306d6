import { and, asc, count, desc, eq, ilike, inArray, max, type SQL } from 'drizzle-orm';
import { type Database, datasetDocuments, type DatasetDocument } from '@tessera/db';
import { escapeLike } from '../escape-like';

type DocumentValues = typeof datasetDocuments.$inferInsert;

/** Documents of one workspace; every query carries the workspace id it was built with. */
export function documentStore(db: Database, workspaceId: string) {
  const inWorkspace = eq(datasetDocuments.workspaceId, workspaceId);
  return {
    async find(documentId: string, datasetId?: string): Promise<DatasetDocument | undefined> {
      const conditions: SQL[] = [inWorkspace, eq(datasetDocuments.id, documentId)];
      if (datasetId) conditions.push(eq(datasetDocuments.datasetId, datasetId));
      const [row] = await db.select().from(datasetDocuments).where(and(...conditions));
      return row;
    },

    async findMany(datasetId: string, documentIds: string[]): Promise<DatasetDocument[]> {
      if (documentIds.length === 0) return [];
      return db
        .select()
        .from(datasetDocuments)
        .where(and(inWorkspace, eq(datasetDocuments.datasetId, datasetId), inArray(datasetDocuments.id, documentIds)));
    },

    async byBatch(datasetId: string, batch: string): Promise<DatasetDocument[]> {
      return db
        .select()
        .from(datasetDocuments)
        .where(and(inWorkspace, eq(datasetDocuments.datasetId, datasetId), eq(datasetDocuments.batch, batch)))
        .orderBy(asc(datasetDocuments.position));
    },

    async findByName(datasetId: string, name: string): Promise<DatasetDocument | undefined> {
      const [row] = await db
        .select()
        .from(datasetDocuments)
        .where(and(inWorkspace, eq(datasetDocuments.datasetId, datasetId), eq(datasetDocuments.name, name), eq(datasetDocuments.enabled, true)));
      return row;
    },

    async list(datasetId: string, filter: { keyword?: string; where?: SQL; page: number; limit: number; newestFirst: boolean }) {
      const conditions: SQL[] = [inWorkspace, eq(datasetDocuments.datasetId, datasetId)];
      if (filter.keyword) conditions.push(ilike(datasetDocuments.name, `%${escapeLike(filter.keyword)}%`));
      if (filter.where) conditions.push(filter.where);
      const where = and(...conditions);
      const [total] = await db.select({ n: count() }).from(datasetDocuments).where(where);
      const order = filter.newestFirst ? [desc(datasetDocuments.createdAt), desc(datasetDocuments.position)] : [asc(datasetDocuments.position)];
      const rows = await db
        .select()
        .from(datasetDocuments)
        .where(where)
        .orderBy(...order)
        .limit(filter.limit)
        .offset((filter.page - 1) * filter.limit);
      return { rows, total: total?.n ?? 0 };
    },

    async nextPosition(datasetId: string): Promise<number> {
      const [row] = await db
        .select({ n: max(datasetDocuments.position) })
        .from(datasetDocuments)
        .where(and(inWorkspace, eq(datasetDocuments.datasetId, datasetId)));
      return (row?.n ?? 0) + 1;
    },

    async insert(values: Omit<DocumentValues, 'workspaceId'>): Promise<DatasetDocument> {
      const [row] = await db
        .insert(datasetDocuments)
        .values({ ...values, workspaceId })
        .returning();
      return row!;
    },

    async update(documentId: string, values: Partial<DocumentValues>): Promise<void> {
      await db.update(datasetDocuments).set(values).where(and(inWorkspace, eq(datasetDocuments.id, documentId)));
    },

    async remove(documentIds: string[]): Promise<void> {
      if (documentIds.length === 0) return;
      await db.delete(datasetDocuments).where(and(inWorkspace, inArray(datasetDocuments.id, documentIds)));
    },
  };
}

export type DocumentStore = ReturnType<typeof documentStore>;
