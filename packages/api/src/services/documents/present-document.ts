import { type DatasetDocument, type UploadFile } from '@tessera/db';
import { toUnix, toUnixRequired } from '../../validation';
import { displayStatus } from './display-status';

/** `doc_metadata` as a list of `{id, name, type, value}` for the dataset's fields. */
export function metadataList(doc: DatasetDocument, fields: { id: string; name: string; type: string }[]) {
  const values = doc.docMetadata ?? {};
  return fields.filter((f) => f.name in values).map((f) => ({ id: f.id, name: f.name, type: f.type, value: (values[f.name] ?? null) as string | number | null }));
}

/** Dify's Document (contract §4.2). */
export function presentDocument(doc: DatasetDocument, file: UploadFile | undefined, fields: { id: string; name: string; type: string }[]) {
  return {
    id: doc.id,
    position: doc.position,
    data_source_type: doc.dataSourceType,
    data_source_info: doc.dataSourceInfo,
    data_source_detail_dict: file
      ? {
          upload_file: {
            id: file.id,
            name: file.name,
            size: file.size,
            extension: file.extension,
            mime_type: file.mimeType,
            created_by: file.createdBy,
            created_at: toUnixRequired(file.createdAt),
          },
        }
      : {},
    dataset_process_rule_id: doc.processRuleId,
    name: doc.name,
    created_from: doc.createdFrom,
    created_by: doc.createdBy,
    created_at: toUnixRequired(doc.createdAt),
    tokens: doc.tokens,
    indexing_status: doc.indexingStatus,
    error: doc.error,
    enabled: doc.enabled,
    disabled_at: toUnix(doc.disabledAt),
    disabled_by: doc.disabledBy,
    archived: doc.archived,
    display_status: displayStatus(doc),
    word_count: doc.wordCount,
    hit_count: doc.hitCount,
    doc_form: doc.docForm,
    doc_metadata: metadataList(doc, fields),
    summary_index_status: null,
    need_summary: false,
  };
}

export type DocumentView = ReturnType<typeof presentDocument>;

/** A document's pipeline progress (contract §4.4); `paused` is reported over the stored status. */
export function presentIndexingStatus(doc: DatasetDocument, completedSegments: number, totalSegments: number) {
  return {
    id: doc.id,
    indexing_status: doc.isPaused ? 'paused' : doc.indexingStatus,
    processing_started_at: toUnix(doc.processingStartedAt),
    parsing_completed_at: toUnix(doc.parsingCompletedAt),
    cleaning_completed_at: toUnix(doc.cleaningCompletedAt),
    splitting_completed_at: toUnix(doc.splittingCompletedAt),
    completed_at: toUnix(doc.completedAt),
    paused_at: toUnix(doc.pausedAt),
    error: doc.error,
    stopped_at: toUnix(doc.stoppedAt),
    completed_segments: completedSegments,
    total_segments: totalSegments,
  };
}
