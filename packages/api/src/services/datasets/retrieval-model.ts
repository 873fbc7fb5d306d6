import { z } from 'zod';
import { zBool } from '../../validation';

export const SEARCH_METHODS = ['semantic_search', 'full_text_search', 'hybrid_search', 'keyword_search'] as const;
export type SearchMethod = (typeof SEARCH_METHODS)[number];

export const COMPARISON_OPERATORS = [
  'contains', 'not contains', 'start with', 'end with', 'is', 'is not', 'empty', 'not empty', 'in', 'not in',
  '=', '≠', '>', '<', '≥', '≤', 'before', 'after',
] as const;

export const ZMetadataFilteringConditions = z.object({
  logical_operator: z.enum(['and', 'or']).default('and'),
  conditions: z
    .array(
      z.object({
        name: z.string().min(1),
        comparison_operator: z.enum(COMPARISON_OPERATORS),
        value: z.union([z.string(), z.number(), z.array(z.string())]).nullish(),
      }),
    )
    .nullish(),
});
export type MetadataFilteringConditions = z.infer<typeof ZMetadataFilteringConditions>;

/** Dify's RetrievalModel request object (contract §3.1): four fields are required. */
export const ZRetrievalModel = z.object({
  search_method: z.enum(SEARCH_METHODS),
  reranking_enable: zBool,
  reranking_model: z
    .object({ reranking_provider_name: z.string().nullish(), reranking_model_name: z.string().nullish() })
    .nullish(),
  reranking_mode: z.enum(['reranking_model', 'weighted_score']).nullish(),
  top_k: z.number().int().min(1).max(100),
  score_threshold_enabled: zBool,
  score_threshold: z.number().min(0).max(1).nullish(),
  weights: z
    .object({
      weight_type: z.enum(['semantic_first', 'keyword_first', 'customized']).nullish(),
      vector_setting: z
        .object({ vector_weight: z.number().min(0).max(1), embedding_provider_name: z.string(), embedding_model_name: z.string() })
        .nullish(),
      keyword_setting: z.object({ keyword_weight: z.number().min(0).max(1) }).nullish(),
    })
    .nullish(),
  metadata_filtering_conditions: ZMetadataFilteringConditions.nullish(),
});
export type RetrievalModel = z.infer<typeof ZRetrievalModel>;

/** What a dataset without its own settings retrieves with (the retrieve endpoint's fallback). */
export const DEFAULT_RETRIEVAL_MODEL: RetrievalModel = {
  search_method: 'semantic_search',
  reranking_enable: false,
  reranking_model: { reranking_provider_name: '', reranking_model_name: '' },
  top_k: 4,
  score_threshold_enabled: false,
};

/** `retrieval_model_dict` of a dataset: its stored settings over Dify's display defaults (top_k 2). */
export function retrievalModelDict(stored: Record<string, unknown> | null, economy: boolean) {
  const merged = {
    search_method: 'semantic_search',
    reranking_enable: false,
    reranking_mode: null,
    reranking_model: { reranking_provider_name: '', reranking_model_name: '' },
    weights: null,
    top_k: 2,
    score_threshold_enabled: false,
    score_threshold: null,
    ...(stored ?? {}),
  } as Record<string, unknown>;
  if (economy) merged.search_method = 'keyword_search';
  return merged;
}
