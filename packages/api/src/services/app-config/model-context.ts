import { type ModelConfigContext } from '@tessera/app-engine';
import { getProvider, listProviders } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { loadProviderState } from '../model-providers/provider-state';
import { workspaceModels } from '../model-providers/workspace-models';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const pyList = (items: string[]) => `[${items.map((item) => `'${item}'`).join(', ')}]`;

/**
 * What the chosen model means for a saved configuration, looked up among the workspace's models:
 * its mode (which Dify writes over `model.mode`) and its parameter rules (which completion params
 * must obey). An unknown provider or a model the provider lacks is Dify's `invalid_param`; a model
 * the workspace has no credentials for, or turned off, is the resolver's `provider_not_initialize`
 * or `model_currently_not_support`. The provider is rewritten to its canonical name, the name the
 * console's model lists use. A model block the engine will reject anyway gets no context.
 */
export async function modelConfigContext(deps: AppDeps, workspaceId: string, config: Record<string, unknown>): Promise<ModelConfigContext> {
  const model = config.model;
  if (!isRecord(model) || typeof model.provider !== 'string' || !model.provider || typeof model.name !== 'string' || !model.name) {
    return {};
  }
  const definition = getProvider(model.provider);
  if (!definition) {
    const names = listProviders().map((provider) => provider.provider);
    throw errors.invalidParam(`model.provider is required and must be in ${pyList(names)}`, 'model.provider');
  }
  model.provider = definition.provider;
  const state = await loadProviderState(deps.db, workspaceId, definition);
  const found = workspaceModels(deps, state, 'llm').find((candidate) => candidate.definition.model === model.name);
  if (!found) throw errors.invalidParam('model.name must be in the specified model list', 'model.name');
  if (found.status !== 'active') {
    // Throws the reason the model cannot be called, in the words every surface uses for it.
    await resolveModelTarget(deps, workspaceId, { provider: definition.provider, model: model.name, modelType: 'llm' });
  }
  return { modelMode: found.definition.model_properties.mode, parameterRules: found.definition.parameter_rules };
}
