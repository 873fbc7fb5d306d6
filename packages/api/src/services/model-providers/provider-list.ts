import { listProviders as catalogProviders } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { requireModelType } from './catalog-lookup';
import { providerResponse } from './presenters';
import { loadProviderStates } from './provider-state';

/** `GET /workspaces/current/model-providers?model_type=`: every catalog provider with the workspace's configuration. */
export async function listModelProviders(deps: AppDeps, actor: Actor, input: { model_type?: string }) {
  const modelType = input.model_type ? requireModelType(input.model_type) : undefined;
  const definitions = catalogProviders().filter((d) => !modelType || d.supported_model_types.includes(modelType));
  const states = await loadProviderStates(deps.db, actor.workspaceId, definitions);
  return { data: states.map((state) => providerResponse(deps, actor.workspaceId, state)) };
}
