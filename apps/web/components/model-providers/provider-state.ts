import { type ProviderResponse } from './provider-types';

/** Providers that take a provider-level credential (all but the customizable-only ones such as Azure OpenAI). */
export function hasProviderCredentials(provider: ProviderResponse): boolean {
  return (provider.provider_credential_schema?.credential_form_schemas.length ?? 0) > 0;
}

/** Providers whose models are added one by one (OpenAI-compatible endpoints, Ollama, Azure deployments). */
export function isCustomizable(provider: ProviderResponse): boolean {
  return provider.configurate_methods.includes('customizable-model') && Boolean(provider.model_credential_schema);
}

/** Usable: an active provider credential, or at least one custom model with its own. */
export function isConfigured(provider: ProviderResponse): boolean {
  const config = provider.custom_configuration;
  return config.status === 'active' || (config.custom_models ?? []).some((model) => Boolean(model.current_credential_id));
}
