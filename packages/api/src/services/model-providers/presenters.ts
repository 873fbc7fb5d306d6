import { type ProviderDefinition } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { iconUrls } from './catalog-lookup';
import { credentialRef } from './model-credential-reads';
import { type ProviderState } from './provider-state';
import { providerConfigured, type WorkspaceModel } from './workspace-models';

/** Dify's SimpleProviderEntityResponse: who offers a model, with icon URLs. */
export function simpleProvider(deps: AppDeps, workspaceId: string, definition: ProviderDefinition) {
  return {
    tenant_id: workspaceId,
    provider: definition.provider,
    label: definition.label,
    icon_small: iconUrls(deps.urls.consoleApi, definition.provider, 'icon_small'),
    icon_large: iconUrls(deps.urls.consoleApi, definition.provider, 'icon_large'),
    supported_model_types: definition.supported_model_types,
    models: [] as unknown[],
  };
}

/** Dify's ProviderModelWithStatusEntity (ModelResponse): the model without its parameter rules or price. */
export function modelView({ definition, status }: WorkspaceModel) {
  return {
    model: definition.model,
    label: definition.label,
    model_type: definition.model_type,
    features: definition.features,
    fetch_from: definition.fetch_from,
    model_properties: definition.model_properties,
    deprecated: definition.deprecated,
    status,
    load_balancing_enabled: false,
    has_invalid_load_balancing_configs: false,
  };
}

export function modelWithProvider(deps: AppDeps, workspaceId: string, definition: ProviderDefinition, model: WorkspaceModel) {
  return { ...modelView(model), provider: simpleProvider(deps, workspaceId, definition) };
}

/** Dify's ProviderWithModelsResponse. */
export function providerWithModels(deps: AppDeps, workspaceId: string, definition: ProviderDefinition, models: WorkspaceModel[]) {
  const { tenant_id, provider, label, icon_small, icon_large } = simpleProvider(deps, workspaceId, definition);
  return { tenant_id, provider, label, icon_small, icon_large, status: 'active' as const, models: models.map(modelView) };
}

/** Dify's ProviderResponse, with the workspace's custom configuration. Tessera hosts no system quota. */
export function providerResponse(deps: AppDeps, workspaceId: string, state: ProviderState) {
  const { definition } = state;
  return {
    tenant_id: workspaceId,
    provider: definition.provider,
    label: definition.label,
    description: definition.description ?? null,
    icon_small: iconUrls(deps.urls.consoleApi, definition.provider, 'icon_small'),
    icon_large: iconUrls(deps.urls.consoleApi, definition.provider, 'icon_large'),
    background: definition.background ?? null,
    help: definition.help ?? null,
    supported_model_types: definition.supported_model_types,
    configurate_methods: definition.configurate_methods,
    provider_credential_schema: definition.provider_credential_schema,
    model_credential_schema: definition.model_credential_schema,
    preferred_provider_type: 'custom' as const,
    custom_configuration: {
      status: providerConfigured(state) ? ('active' as const) : ('no-configure' as const),
      current_credential_id: state.active?.id ?? null,
      current_credential_name: state.active?.name ?? null,
      available_credentials: state.credentials.map(credentialRef),
      custom_models: state.customModels.map((m) => ({
        model: m.row.modelName,
        model_type: m.row.modelType,
        current_credential_id: m.active?.id ?? null,
        current_credential_name: m.active?.name ?? null,
        available_model_credentials: m.credentials.map(credentialRef),
      })),
    },
    system_configuration: { enabled: false, current_quota_type: null, quota_configurations: [] as unknown[] },
  };
}
