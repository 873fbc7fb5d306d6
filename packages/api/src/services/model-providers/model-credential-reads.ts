import { type Credentials, secretVariables } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireModelType, requireProvider } from './catalog-lookup';
import { credentialProblem } from './credential-validation';
import { compactCredentials, mergeCredentials, openCredentialsOrEmpty } from './credential-values';
import { customizableTarget, findCustomModel, requireModelCredential, type ModelAddress } from './custom-model-lookup';
import { loadProviderState } from './provider-state';
import { maskCredentials } from './secret-masking';

export interface CredentialRef {
  credential_id: string;
  credential_name: string;
}

export const credentialRef = (row: { id: string; name: string }): CredentialRef => ({ credential_id: row.id, credential_name: row.name });

/**
 * `GET …/models/credentials`: the chosen (or the model's active) credential, masked, with the
 * credentials it could switch to: the provider's for `config_from=predefined-model`, else the model's.
 */
export async function getModelCredential(
  deps: AppDeps,
  actor: Actor,
  input: ModelAddress & { credential_id?: string; config_from?: string },
) {
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const custom = findCustomModel(state, input.model, modelType);
  const row = input.credential_id ? requireModelCredential(custom, input.credential_id).row : custom?.active;
  const available = input.config_from === 'predefined-model' ? state.credentials : (custom?.credentials ?? []);
  return {
    credentials: row ? maskCredentials(openCredentialsOrEmpty(deps, row), secretVariables(definition.provider, 'model')) : {},
    current_credential_id: row?.id ?? null,
    current_credential_name: row?.name ?? null,
    load_balancing: { enabled: false, configs: [] },
    available_credentials: available.map(credentialRef),
  };
}

/** Like validateProviderCredential, for admins and owners only: the call goes to an endpoint the form may name. */
export async function validateModelCredential(deps: AppDeps, actor: Actor, input: ModelAddress & { credentials: Credentials }) {
  assertRole(actor, PRIVILEGED_ROLES);
  const { definition, modelType, model } = customizableTarget(input);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const credentials = compactCredentials(input.credentials);
  const callCredentials = mergeCredentials(openCredentialsOrEmpty(deps, state.active), credentials);
  const problem = await credentialProblem(deps, { provider: definition.provider, scope: 'model', credentials, callCredentials, model, modelType });
  return problem ? { result: 'error' as const, error: problem } : { result: 'success' as const };
}
