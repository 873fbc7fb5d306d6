import { listProviders, type ParameterRule, type ProviderDefinition } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { requireProvider } from './catalog-lookup';
import { loadProviderState, loadProviderStates } from './provider-state';
import { workspaceModels } from './workspace-models';

/** `GET …/{provider}/models/parameter-rules?model=`: an LLM's rules; like Dify, an unknown model has none. */
export async function getParameterRules(deps: AppDeps, actor: Actor, input: { provider: string; model: string }) {
  const definition = requireProvider(input.provider);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const found = workspaceModels(deps, state, 'llm').find((m) => m.definition.model === input.model);
  return { data: found?.definition.parameter_rules ?? [] };
}

/**
 * `GET /v1/models/{model}/parameters?provider=`: the rules of a model the workspace can use now.
 * Without a provider, the first provider (catalog order) with such a model answers; an LLM wins
 * over other types of the same name. A model that is not usable is Dify's 400 model_currently_not_support.
 */
export async function getUsableModelParameters(
  deps: AppDeps,
  workspaceId: string,
  input: { model: string; provider?: string },
): Promise<{ data: ParameterRule[] }> {
  const definitions: ProviderDefinition[] = input.provider ? [requireProvider(input.provider)] : listProviders();
  const states = await loadProviderStates(deps.db, workspaceId, definitions);
  const usable = states
    .flatMap((state) => workspaceModels(deps, state))
    .filter((m) => m.status === 'active' && m.definition.model === input.model);
  const found = usable.find((m) => m.definition.model_type === 'llm') ?? usable[0];
  if (!found) throw errors.badRequest('model_currently_not_support', `Model ${input.model} is not available in this workspace.`);
  return { data: found.definition.parameter_rules };
}
