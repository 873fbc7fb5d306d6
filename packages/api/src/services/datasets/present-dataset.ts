import { and, eq, inArray } from 'drizzle-orm';
import { accounts, type Database, type Dataset, datasetMetadataFields } from '@tessera/db';
import { appDatasetJoinStore } from '../../data/datasets/app-dataset-join-store';
import { type DocumentCounts } from '../../data/datasets/dataset-store';
import { toUnixRequired } from '../../validation';
import { tagsStore } from '../../data/tags';
import { BUILT_IN_FIELDS } from './built-in-fields';
import { retrievalModelDict } from './retrieval-model';

export interface DatasetExtras {
  counts: DocumentCounts;
  /** Apps whose configuration answers from the dataset. */
  appCount: number;
  authorName: string | null;
  tags: { id: string; name: string; type: string }[];
  docMetadata: { id: string; name: string; type: string }[];
  partialMemberList?: string[];
}

/** Dify's Dataset object (contract §4.1). */
export function presentDataset(dataset: Dataset, extras: DatasetExtras) {
  const stored = dataset.retrievalModel;
  const economy = dataset.indexingTechnique === 'economy';
  return {
    id: dataset.id,
    name: dataset.name,
    description: dataset.description,
    provider: dataset.provider,
    permission: dataset.permission,
    data_source_type: dataset.dataSourceType,
    indexing_technique: dataset.indexingTechnique,
    app_count: extras.appCount,
    document_count: extras.counts.documentCount,
    word_count: extras.counts.wordCount,
    created_by: dataset.createdBy,
    author_name: extras.authorName,
    created_at: toUnixRequired(dataset.createdAt),
    updated_by: dataset.updatedBy,
    updated_at: toUnixRequired(dataset.updatedAt),
    embedding_model: dataset.embeddingModel,
    embedding_model_provider: dataset.embeddingModelProvider,
    embedding_available: true,
    retrieval_model_dict: retrievalModelDict(stored, economy),
    summary_index_setting: { enable: null, model_name: null, model_provider_name: null, summary_prompt: null },
    tags: extras.tags,
    doc_form: dataset.chunkStructure,
    external_knowledge_info: {
      external_knowledge_id: null,
      external_knowledge_api_id: null,
      external_knowledge_api_name: null,
      external_knowledge_api_endpoint: null,
    },
    external_retrieval_model: {
      top_k: typeof stored?.top_k === 'number' ? stored.top_k : 2,
      score_threshold: typeof stored?.score_threshold === 'number' ? stored.score_threshold : 0.0,
      score_threshold_enabled: stored?.score_threshold_enabled === true,
    },
    doc_metadata: extras.docMetadata,
    built_in_field_enabled: dataset.builtInFieldEnabled,
    pipeline_id: null,
    runtime_mode: 'general',
    chunk_structure: dataset.chunkStructure,
    icon_info: { icon_type: null, icon: null, icon_background: null, icon_url: null, ...(dataset.iconInfo ?? {}) },
    is_published: false,
    total_documents: extras.counts.documentCount,
    total_available_documents: extras.counts.availableCount,
    enable_api: dataset.enableApi,
    is_multimodal: false,
    maintainer: null,
    ...(extras.partialMemberList ? { partial_member_list: extras.partialMemberList } : {}),
  };
}

export type DatasetView = ReturnType<typeof presentDataset>;

/** Loads what the Dataset object shows beyond the row (authors, tags, metadata fields), for many at once. */
export async function loadDatasetExtras(db: Database, workspaceId: string, rows: Dataset[], counts: Map<string, DocumentCounts>) {
  const ids = rows.map((r) => r.id);
  const authorIds = [...new Set(rows.map((r) => r.createdBy))];
  const authors = authorIds.length
    ? await db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(inArray(accounts.id, authorIds))
    : [];
  const tagMap = await tagsStore(db, workspaceId).forTargets('knowledge', ids);
  const appCounts = await appDatasetJoinStore(db, workspaceId).appCounts(ids);
  const fields = ids.length
    ? await db
        .select()
        .from(datasetMetadataFields)
        .where(and(eq(datasetMetadataFields.workspaceId, workspaceId), inArray(datasetMetadataFields.datasetId, ids)))
    : [];
  return (dataset: Dataset, partialMemberList?: string[]): DatasetExtras => ({
    counts: counts.get(dataset.id) ?? { documentCount: 0, availableCount: 0, wordCount: 0 },
    appCount: appCounts.get(dataset.id) ?? 0,
    authorName: authors.find((a) => a.id === dataset.createdBy)?.name ?? null,
    tags: tagMap.get(dataset.id) ?? [],
    docMetadata: [
      ...fields.filter((f) => f.datasetId === dataset.id).map((f) => ({ id: f.id, name: f.name, type: f.type })),
      ...(dataset.builtInFieldEnabled ? BUILT_IN_FIELDS.map((f) => ({ id: 'built-in', name: f.name, type: f.type })) : []),
    ],
    partialMemberList,
  });
}
