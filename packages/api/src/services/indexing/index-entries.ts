import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Database, segmentIndexEntries } from '@tessera/db';
import { searchTerms } from '../retrieval/search-terms';
import { ensureVectorIndex } from '../retrieval/vector-support';

export interface IndexNode {
  nodeId: string;
  segmentId: string;
  childChunkId?: string;
  /** What is embedded (and searched, unless fullText is set). */
  text: string;
  /** What full-text search reads when it is more than `text` (a Q&A pair's question and answer). */
  fullText?: string;
  embedding?: number[];
}

export interface IndexScope {
  workspaceId: string;
  datasetId: string;
  documentId: string;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Replaces the index entries of these segments with `nodes`, in the caller's transaction: a
 * replayed batch deletes what an interrupted one wrote, so nothing is indexed twice.
 */
export async function replaceIndexEntries(tx: Tx | Database, scope: IndexScope, segmentIds: string[], nodes: IndexNode[], embeddingModel: string | null) {
  if (segmentIds.length > 0) {
    await tx
      .delete(segmentIndexEntries)
      .where(and(eq(segmentIndexEntries.workspaceId, scope.workspaceId), inArray(segmentIndexEntries.segmentId, segmentIds)));
  }
  if (nodes.length === 0) return;
  await tx.insert(segmentIndexEntries).values(
    nodes.map((node) => ({
      nodeId: node.nodeId,
      workspaceId: scope.workspaceId,
      datasetId: scope.datasetId,
      documentId: scope.documentId,
      segmentId: node.segmentId,
      childChunkId: node.childChunkId ?? null,
      searchText: sql`to_tsvector('simple', ${searchTerms(node.fullText ?? node.text).join(' ')})`,
      embedding: node.embedding ?? null,
      dimensions: node.embedding?.length ?? null,
      embeddingModel: node.embedding ? embeddingModel : null,
    })) as unknown as (typeof segmentIndexEntries.$inferInsert)[],
  );
}

/** Makes sure vectors of this size have their HNSW index (where pgvector exists). */
export async function prepareVectorIndex(db: Database, nodes: IndexNode[]): Promise<void> {
  const dimensions = nodes.find((n) => n.embedding)?.embedding?.length;
  if (dimensions) await ensureVectorIndex(db, dimensions);
}

/** Removes the index entries of whole documents (deleted, disabled or archived ones). */
export async function removeDocumentIndex(db: Database, workspaceId: string, documentIds: string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await db
    .delete(segmentIndexEntries)
    .where(and(eq(segmentIndexEntries.workspaceId, workspaceId), inArray(segmentIndexEntries.documentId, documentIds)));
}
