import { type ChildChunk, type DocumentSegment } from '@tessera/db';
import { toUnix, toUnixRequired } from '../../validation';

export function presentChildChunk(child: ChildChunk) {
  return {
    id: child.id,
    segment_id: child.segmentId,
    content: child.content,
    position: child.position,
    word_count: child.wordCount,
    type: child.type,
    created_at: toUnixRequired(child.createdAt),
    updated_at: toUnixRequired(child.updatedAt),
  };
}

/** Dify's Segment (contract §4.5). */
export function presentSegment(segment: DocumentSegment, children: ChildChunk[] = []) {
  return {
    id: segment.id,
    position: segment.position,
    document_id: segment.documentId,
    content: segment.content,
    sign_content: segment.content,
    answer: segment.answer,
    word_count: segment.wordCount,
    tokens: segment.tokens,
    keywords: segment.keywords ?? [],
    index_node_id: segment.indexNodeId,
    index_node_hash: segment.indexNodeHash,
    hit_count: segment.hitCount,
    enabled: segment.enabled,
    disabled_at: toUnix(segment.disabledAt),
    disabled_by: segment.disabledBy,
    status: segment.status,
    created_by: segment.createdBy,
    created_at: toUnixRequired(segment.createdAt),
    updated_at: toUnixRequired(segment.updatedAt),
    updated_by: segment.updatedBy,
    indexing_at: toUnix(segment.indexingAt),
    completed_at: toUnix(segment.completedAt),
    error: segment.error,
    stopped_at: toUnix(segment.stoppedAt),
    child_chunks: children.map(presentChildChunk),
    attachments: [],
    summary: null,
  };
}
