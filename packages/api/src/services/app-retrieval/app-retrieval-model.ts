import { type TDatasetConfigs } from '@tessera/app-engine';
import { type Dataset } from '@tessera/db';
import { DEFAULT_RETRIEVAL_MODEL, type RetrievalModel, ZMetadataFilteringConditions } from '../datasets/retrieval-model';

/** Dify's defaults for an app's knowledge settings (the console's DATASET_DEFAULT). */
export const APP_DEFAULT_TOP_K = 4;

/** A dataset's own settings, as hit testing uses them. */
export function datasetRetrievalModel(dataset: Dataset): RetrievalModel {
  const stored = (dataset.retrievalModel as Partial<RetrievalModel> | null) ?? {};
  return { ...DEFAULT_RETRIEVAL_MODEL, ...stored } as RetrievalModel;
}

/** Manual metadata conditions of the app, when it has some that parse; automatic filtering needs a model call and is not done. */
function metadataConditions(configs: TDatasetConfigs): RetrievalModel['metadata_filtering_conditions'] {
  if (configs.metadata_filtering_mode !== 'manual') return null;
  const parsed = ZMetadataFilteringConditions.safeParse(configs.metadata_filtering_conditions ?? null);
  return parsed.success && parsed.data.conditions?.length ? parsed.data : null;
}

/**
 * How one dataset is searched for an app. 'single' uses the chosen dataset's own settings (as
 * Dify's router does once it has picked one). 'multiple' searches each dataset its own way with the
 * app's top_k and, for weighted scores, the app's weights; the threshold and the rerank model are
 * applied once the datasets' results are merged.
 */
export function appSearchModel(dataset: Dataset, configs: TDatasetConfigs): RetrievalModel {
  const own = datasetRetrievalModel(dataset);
  const metadata_filtering_conditions = metadataConditions(configs);
  if ((configs.retrieval_model ?? 'multiple') === 'single') return { ...own, metadata_filtering_conditions };
  const weighted = configs.reranking_enable !== false && configs.reranking_mode === 'weighted_score' && configs.weights;
  return {
    ...own,
    search_method: weighted && dataset.indexingTechnique === 'high_quality' ? 'hybrid_search' : own.search_method,
    reranking_enable: false,
    reranking_mode: weighted ? 'weighted_score' : own.reranking_mode,
    weights: weighted ? (configs.weights as RetrievalModel['weights']) : own.weights,
    top_k: configs.top_k ?? APP_DEFAULT_TOP_K,
    score_threshold_enabled: false,
    metadata_filtering_conditions,
  };
}
