import { listProviders, type ModelType } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { requireModelType } from './catalog-lookup';
import { providerWithModels } from './presenters';
import { loadProviderStates } from './provider-state';
import { type ModelStatus, workspaceModels } from './workspace-models';

/**
 * The workspace's models of one type (or of every type), grouped by provider; providers without
 * such a model are left out. The console shows configured models, enabled or not; callers that
 * will use a model ask for `active` ones only.
 */
export async function listModelsByType(
  deps: AppDeps,
  workspaceId: string,
  modelType: ModelType | undefined,
  statuses: readonly ModelStatus[],
) {
  const definitions = listProviders().filter((d) => !modelType || d.supported_model_types.includes(modelType));
  const states = await loadProviderStates(deps.db, workspaceId, definitions);
  return states.flatMap((state) => {
    const models = workspaceModels(deps, state, modelType).filter((m) => statuses.includes(m.status));
    return models.length ? [providerWithModels(deps, workspaceId, state.definition, models)] : [];
  });
}

/** `GET /workspaces/current/models/model-types/{model_type}`: configured models, enabled or not. */
export async function listConfiguredModels(deps: AppDeps, actor: Actor, input: { model_type: string }) {
  return { data: await listModelsByType(deps, actor.workspaceId, requireModelType(input.model_type), ['active', 'disabled']) };
}
