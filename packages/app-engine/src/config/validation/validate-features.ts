import { ConfigValidationError } from '../../errors';
import { isRecord, type JsonRecord } from '../../json';

/** The on/off features whose only rule is an object with a boolean `enabled` (Dify's feature managers). */
export function validateSwitch(config: JsonRecord, key: string, fallback: JsonRecord = { enabled: false }): void {
  if (!config[key]) config[key] = { ...fallback };
  const feature = config[key];
  if (!isRecord(feature)) fail(`${key} must be of dict type`);
  if (!('enabled' in feature) || !feature.enabled) feature.enabled = false;
  if (typeof feature.enabled !== 'boolean') fail(`enabled in ${key} must be of boolean type`);
}

export function validateOpeningStatement(config: JsonRecord): void {
  if (!config.opening_statement) config.opening_statement = '';
  if (typeof config.opening_statement !== 'string') fail('opening_statement must be of string type');
  if (!config.suggested_questions) config.suggested_questions = [];
  if (!Array.isArray(config.suggested_questions)) fail('suggested_questions must be of list type');
  for (const question of config.suggested_questions) {
    if (typeof question !== 'string') fail('Elements in suggested_questions list must be of string type');
  }
}

export function validateDatasetConfigs(appMode: string, config: JsonRecord): void {
  if (!config.dataset_configs) config.dataset_configs = { retrieval_model: 'multiple' };
  const datasets = config.dataset_configs;
  if (!isRecord(datasets)) fail('dataset_configs must be of object type');
  if (!datasets.retrieval_model) datasets.retrieval_model = 'multiple';
  const list = isRecord(datasets.datasets) && Array.isArray(datasets.datasets.datasets) ? datasets.datasets.datasets : [];
  if (appMode === 'completion' && list.length > 0 && !config.dataset_query_variable) {
    fail('Dataset query variable is required when dataset is exist');
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
