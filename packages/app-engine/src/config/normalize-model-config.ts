import { ConfigValidationError } from '../errors';
import { isRecord, type JsonRecord } from '../json';
import { defaultModelConfig } from './defaults';
import { ZModelConfig, type TModelConfig } from './model-config';

/**
 * Turns a partial or legacy model_config into the full shape Dify answers with: missing and null keys take
 * Dify's defaults, JSON text (how old rows stored nested settings) is parsed, and a model without `mode`
 * is taken as a chat model unless the catalog says otherwise.
 */
export function normalizeModelConfig(raw: unknown, options: { modelMode?: 'chat' | 'completion' } = {}): TModelConfig {
  if (!isRecord(raw)) throw new ConfigValidationError('model_config must be of object type');
  const defaults = defaultModelConfig() as JsonRecord;
  const merged: JsonRecord = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = parseJsonText(raw[key]);
    merged[key] = value === undefined || value === null ? fallback : fillNested(key, value, fallback);
  }
  merged.model = normalizeModel(parseJsonText(raw.model), options.modelMode);
  const parsed = ZModelConfig.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigValidationError(`${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Settings objects keep their defaults for sub-keys the stored value lacks (e.g. an image block with only `enabled`). */
function fillNested(key: string, value: unknown, fallback: unknown): unknown {
  if (!isRecord(value) || !isRecord(fallback)) return value;
  if (key === 'file_upload' && isRecord(value.image) && isRecord(fallback.image)) {
    return { ...value, image: { ...fallback.image, ...value.image } };
  }
  if (key === 'chat_prompt_config' || key === 'completion_prompt_config' || key === 'dataset_configs') return value;
  return { ...fallback, ...value };
}

function normalizeModel(model: unknown, modelMode: 'chat' | 'completion' | undefined): JsonRecord {
  if (!isRecord(model)) throw new ConfigValidationError('model is required');
  const params = isRecord(model.completion_params) ? model.completion_params : {};
  const mode = modelMode ?? (model.mode === 'completion' ? 'completion' : 'chat');
  return { ...model, mode, completion_params: params };
}
