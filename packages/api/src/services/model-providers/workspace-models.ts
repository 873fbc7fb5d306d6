import { customModelDefinition, type ModelDefinition, type ModelType } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { mergeCredentials, openCredentialsOrEmpty } from './credential-values';
import { type CustomModelState, modelKey, type ProviderState } from './provider-state';

/** Dify's ModelStatus values Tessera produces (no hosted quotas, so no quota-exceeded). */
export type ModelStatus = 'active' | 'no-configure' | 'disabled';

export interface WorkspaceModel {
  definition: ModelDefinition;
  status: ModelStatus;
  custom?: CustomModelState;
}

/** Dify's "custom configuration available": a provider credential in use, or a custom model with one. */
export function providerConfigured(state: ProviderState): boolean {
  return Boolean(state.active) || state.customModels.some((m) => Boolean(m.active));
}

function customStatus(state: ProviderState, custom: CustomModelState): ModelStatus {
  if (!custom.row.enabled) return 'disabled';
  return custom.active || state.active ? 'active' : 'no-configure';
}

/**
 * The provider's models as the workspace sees them: the catalog's predefined models, then the
 * workspace's custom models (a custom model replaces a predefined one of the same name and type).
 */
export function workspaceModels(deps: AppDeps, state: ProviderState, modelType?: ModelType): WorkspaceModel[] {
  const provider = state.definition.provider;
  const customs = state.customModels.filter((m) => !modelType || m.row.modelType === modelType);
  const overridden = new Set(customs.map((m) => modelKey(m.row.modelType, m.row.modelName)));
  const providerCredentials = customs.length > 0 ? openCredentialsOrEmpty(deps, state.active) : {};
  const predefined = state.definition.models
    .filter((m) => (!modelType || m.model_type === modelType) && !overridden.has(modelKey(m.model_type, m.model)))
    .map((definition): WorkspaceModel => {
      const disabled = state.disabledModels.has(modelKey(definition.model_type, definition.model));
      return { definition, status: disabled ? 'disabled' : state.active ? 'active' : 'no-configure' };
    });
  const custom = customs.map((m): WorkspaceModel => {
    const credentials = mergeCredentials(providerCredentials, openCredentialsOrEmpty(deps, m.active));
    const definition = customModelDefinition(provider, m.row.modelName, m.row.modelType as ModelType, credentials);
    return { definition, status: customStatus(state, m), custom: m };
  });
  return [...predefined, ...custom];
}
