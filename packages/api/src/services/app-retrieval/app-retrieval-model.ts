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

type Conditions = RetrievalModel['metadata_filtering_conditions'];

/**
 * The metadata conditions of a search: the app's manual ones when they parse, the ones its model
 * proposed for this query in automatic mode (worked out once per query, see
 * automaticMetadataConditions), none otherwise.
 */
function metadataConditions(configs: TDatasetConfigs, automatic: Conditions): Conditions {
  if (configs.metadata_filtering_mode === 'automatic') return automatic ?? null;
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
export function appSearchModel(dataset: Dataset, configs: TDatasetConfigs, automatic: Conditions = null): RetrievalModel {
  const own = datasetRetrievalModel(dataset);
  const metadata_filtering_conditions = metadataConditions(configs, automatic);
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
