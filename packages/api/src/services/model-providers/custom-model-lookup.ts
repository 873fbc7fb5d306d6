import { type ModelType, type ProviderDefinition } from '@tessera/model-runtime';
import { errors } from '../../errors';
import { requireModelType, requireProvider } from './catalog-lookup';
import { type CustomModelState, type ProviderState } from './provider-state';

export interface ModelAddress {
  provider: string;
  model: string;
  model_type: string;
}

/** A provider that lets workspaces add their own models, and a model type it supports. */
export function customizableTarget(input: ModelAddress): { definition: ProviderDefinition; modelType: ModelType; model: string } {
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  if (!definition.model_credential_schema) {
    throw errors.invalidParam(`Provider ${definition.provider} does not support custom models.`);
  }
  if (!definition.supported_model_types.includes(modelType)) {
    throw errors.invalidParam(`Provider ${definition.provider} does not support model type ${modelType}.`, 'model_type');
  }
  const model = input.model.trim();
  if (!model) throw errors.invalidParam('model is required.', 'model');
  return { definition, modelType, model };
}

export function findCustomModel(state: ProviderState, model: string, modelType: ModelType): CustomModelState | undefined {
  return state.customModels.find((m) => m.row.modelName === model && m.row.modelType === modelType);
}

/** One of a custom model's saved credentials; anything else (another model's, another workspace's) is not found. */
export function requireModelCredential(custom: CustomModelState | undefined, credentialId: string) {
  const row = custom?.credentials.find((c) => c.id === credentialId);
  if (!custom || !row) throw errors.invalidParam('Credential record not found.');
  return { custom, row };
}
