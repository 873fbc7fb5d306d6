import { z } from 'zod';

const ZRerankingModel = z.looseObject({
  reranking_provider_name: z.string().optional(),
  reranking_model_name: z.string().optional(),
});

const ZWeights = z.looseObject({
  vector_setting: z
    .looseObject({
      vector_weight: z.number().optional(),
      embedding_provider_name: z.string().optional(),
      embedding_model_name: z.string().optional(),
    })
    .optional(),
  keyword_setting: z.looseObject({ keyword_weight: z.number().optional() }).optional(),
});

/** Knowledge settings of a prompt app, kept as the console sends them for the knowledge step to read. */
export const ZDatasetConfigs = z
  .looseObject({
    retrieval_model: z.enum(['single', 'multiple']).optional(),
    datasets: z
      .looseObject({
        strategy: z.string().optional(),
        datasets: z.array(z.looseObject({ dataset: z.looseObject({ enabled: z.boolean().optional(), id: z.string() }) })),
      })
      .optional(),
    top_k: z.number().int().optional(),
    score_threshold: z.number().nullable().optional(),
    score_threshold_enabled: z.boolean().optional(),
    reranking_enable: z.boolean().optional(),
    reranking_mode: z.enum(['reranking_model', 'weighted_score']).optional(),
    reranking_model: ZRerankingModel.nullable().optional(),
    weights: ZWeights.nullable().optional(),
    metadata_filtering_mode: z.enum(['disabled', 'automatic', 'manual']).optional(),
    metadata_filtering_conditions: z.record(z.string(), z.unknown()).nullable().optional(),
    metadata_model_config: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .meta({ id: 'DatasetConfigs' });
export type TDatasetConfigs = z.infer<typeof ZDatasetConfigs>;
