import {
  type Credentials,
  customModelDefinition,
  findPredefinedModel,
  getProvider,
  ModelRuntimeError,
  type ModelTarget,
  type ModelType,
} from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { CredentialDecryptionError } from './credential-cipher';
import { mergeCredentials, openCredentials } from './credential-values';
import { findCustomModel } from './custom-model-lookup';
import { findDefaultModel } from './default-models';
import { findPriceOverride } from './price-overrides';
import { loadProviderState, modelKey, type ProviderState } from './provider-state';
import { providerConfigured } from './workspace-models';

export interface ModelSelector {
  provider: string;
  model: string;
  modelType: ModelType;
}

const notInitialized = (message: string) => new ModelRuntimeError('provider_not_initialize', message);
const notSupported = (message: string) => new ModelRuntimeError('model_currently_not_support', message);

function open(deps: AppDeps, state: ProviderState, row: Parameters<typeof openCredentials>[1] | undefined): Credentials {
  if (!row) return {};
  try {
    return openCredentials(deps, row);
  } catch (error) {
    if (error instanceof CredentialDecryptionError) {
      throw notInitialized(`Credentials of provider ${state.definition.provider} cannot be decrypted; save them again.`);
    }
    throw error;
  }
}

/**
 * A workspace's model, ready to call: decrypted credentials (a custom model's over the provider's),
 * its definition and the workspace's price. Throws ModelRuntimeError `provider_not_initialize` when
 * there is nothing to call it with and `model_currently_not_support` when it is unknown or disabled,
 * which every surface answers as 400.
 */
export function resolveModelTarget(deps: AppDeps, workspaceId: string, selector: ModelSelector): Promise<ModelTarget> {
  const key = `model-target:${workspaceId}:${selector.modelType}:${selector.provider}:${selector.model}`;
  return deps.cache.read(key, workspaceId, () => loadModelTarget(deps, workspaceId, selector));
}

/** What `resolveModelTarget` answers, from the database: six queries, so the result is cached. */
async function loadModelTarget(deps: AppDeps, workspaceId: string, selector: ModelSelector): Promise<ModelTarget> {
  const definition = getProvider(selector.provider);
  if (!definition) throw notInitialized(`Provider ${selector.provider} does not exist.`);
  const provider = definition.provider;
  const { model, modelType } = selector;
  const state = await loadProviderState(deps.db, workspaceId, definition);
  const custom = findCustomModel(state, model, modelType);
  const pricing = await findPriceOverride(deps.db, workspaceId, { provider, model, modelType });
  if (custom) {
    if (!custom.row.enabled) throw notSupported(`Model ${model} is disabled.`);
    if (!custom.active && !state.active) throw notInitialized(`Model ${model} credentials is not initialized.`);
    const credentials = mergeCredentials(open(deps, state, state.active), open(deps, state, custom.active));
    return { provider, model, modelType, credentials, definition: customModelDefinition(provider, model, modelType, credentials), pricing };
  }
  const predefined = findPredefinedModel(provider, model, modelType);
  if (!predefined) {
    if (!providerConfigured(state)) throw notInitialized(`Provider ${provider} credentials not initialized.`);
    throw notSupported(`Model ${model} of type ${modelType} is not supported by provider ${provider}.`);
  }
  if (state.disabledModels.has(modelKey(modelType, model))) throw notSupported(`Model ${model} is disabled.`);
  if (!state.active) throw notInitialized(`Provider ${provider} credentials not initialized.`);
  return { provider, model, modelType, credentials: open(deps, state, state.active), definition: predefined, pricing };
}

/** The workspace's default model of a type (chosen, or the first usable one), resolved. */
export async function resolveDefaultModelTarget(deps: AppDeps, workspaceId: string, modelType: ModelType): Promise<ModelTarget> {
  const choice = await findDefaultModel(deps, workspaceId, modelType);
  if (!choice) {
    throw notInitialized(`No ${modelType} model is available. Please configure a model provider in Settings -> Model Provider.`);
  }
  return resolveModelTarget(deps, workspaceId, { provider: choice.definition.provider, model: choice.model, modelType });
}
