import type { Credentials, ModelDefinition, ModelType } from '../types';
import { genericCustomModel } from './custom-model-helpers';
import { catalogEntry } from './registry';

export function findPredefinedModel(
  provider: string,
  model: string,
  modelType?: ModelType,
): ModelDefinition | undefined {
  return catalogEntry(provider)?.definition.models.find(
    (m) => m.model === model && (modelType === undefined || m.model_type === modelType),
  );
}

/**
 * The definition of a model a workspace added itself, read from its credentials form: context size,
 * mode, features, parameter rules sized to its token limit, and prices when the form gave them.
 * Throws for a provider the catalog does not know.
 */
export function customModelDefinition(
  provider: string,
  model: string,
  modelType: ModelType,
  credentials: Credentials,
): ModelDefinition {
  const entry = catalogEntry(provider);
  if (!entry) throw new Error(`Unknown model provider: ${provider}`);
  const definition =
    entry.customModel?.(model, modelType, credentials) ?? genericCustomModel(model, modelType, credentials);
  // Some definitions borrow parts of the frozen catalog; the caller gets a copy it may change.
  return structuredClone(definition);
}
