import type { Credentials, ModelDefinition, ModelType, ProviderDefinition } from '../types';

/** A provider's catalog entry: what is served, plus how it describes models a workspace adds itself. */
export interface CatalogProvider {
  definition: ProviderDefinition;
  /** Undefined (or absent) when the provider has no rule for the model; a generic definition is built instead. */
  customModel?: (model: string, modelType: ModelType, credentials: Credentials) => ModelDefinition | undefined;
}
