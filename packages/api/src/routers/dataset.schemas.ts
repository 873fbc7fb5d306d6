import { z } from 'zod';
import { DATASET_PERMISSIONS, INDEXING_TECHNIQUES } from '@tessera/db';
import { ZRetrievalModel } from '../services/datasets/retrieval-model';
import { UUID, zId, zQueryBool } from '../validation';

/** Path input of every `/datasets/{dataset_id}…` route. */
export const ZDatasetIdInput = z.object({ dataset_id: zId });

/** Dify's Dataset object (contract §4.1); every field is documented, extra ones pass through. */
export const ZDataset = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  provider: z.string(),
  permission: z.string(),
  indexing_technique: z.string().nullable(),
  document_count: z.number().int(),
  word_count: z.number().int(),
  created_by: z.string(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  embedding_model: z.string().nullable(),
  embedding_model_provider: z.string().nullable(),
  retrieval_model_dict: z.record(z.string(), z.unknown()),
  tags: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  doc_metadata: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  built_in_field_enabled: z.boolean(),
  enable_api: z.boolean(),
  partial_member_list: z.array(z.string()).optional(),
});

/** A query value Dify reads with `getlist`: repeated keys, or one comma-separated value. */
export const zQueryIdList = z.preprocess(
  (value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean)),
  z.array(z.string().regex(UUID, 'must be UUIDs')).optional(),
);

export const ZListDatasetsRequest = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  keyword: z.string().optional(),
  tag_ids: zQueryIdList,
  ids: zQueryIdList,
  include_all: zQueryBool.optional(),
});

export const ZListDatasetsResponse = z.object({
  data: z.array(ZDataset),
  has_more: z.boolean(),
  limit: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
});

export const ZCreateDatasetRequest = z.object({
  name: z.string().trim().min(1, 'Name must be between 1 to 40 characters.').max(40, 'Name must be between 1 to 40 characters.'),
  description: z.string().max(400, 'Description cannot exceed 400 characters.').nullish(),
  indexing_technique: z.enum(INDEXING_TECHNIQUES).nullish(),
  permission: z.enum(DATASET_PERMISSIONS).nullish(),
  provider: z.enum(['vendor', 'external']).nullish(),
  embedding_model: z.string().nullish(),
  embedding_model_provider: z.string().nullish(),
  retrieval_model: ZRetrievalModel.nullish(),
  external_knowledge_api_id: z.string().nullish(),
  external_knowledge_id: z.string().nullish(),
});

export const ZUpdateDatasetRequest = ZDatasetIdInput.extend({
  name: ZCreateDatasetRequest.shape.name.optional(),
  description: ZCreateDatasetRequest.shape.description,
  indexing_technique: ZCreateDatasetRequest.shape.indexing_technique,
  permission: ZCreateDatasetRequest.shape.permission,
  embedding_model: ZCreateDatasetRequest.shape.embedding_model,
  embedding_model_provider: ZCreateDatasetRequest.shape.embedding_model_provider,
  retrieval_model: ZCreateDatasetRequest.shape.retrieval_model,
  partial_member_list: z.array(z.object({ user_id: zId })).nullish(),
  icon_info: z.record(z.string(), z.unknown()).nullish(),
});
