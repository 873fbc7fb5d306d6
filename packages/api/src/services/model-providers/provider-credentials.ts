import { and, eq } from 'drizzle-orm';
import { providerCredentials } from '@tessera/db';
import { type Credentials, secretVariables } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireProvider } from './catalog-lookup';
import { chooseCredentialName } from './credential-names';
import { assertCredentialsWork, credentialProblem } from './credential-validation';
import { compactCredentials, openCredentialsOrEmpty, sealCredentials } from './credential-values';
import { setActiveProviderCredential } from './provider-settings';
import { loadProviderState, type ProviderState } from './provider-state';
import { maskCredentials, restoreHiddenSecrets } from './secret-masking';

export const credentialNotFound = () => errors.invalidParam('Credential record not found.');

function providerWithSchema(provider: string) {
  const definition = requireProvider(provider);
  if (!definition.provider_credential_schema) {
    throw errors.invalidParam(`Provider ${definition.provider} does not take provider credentials.`);
  }
  return definition;
}

function findCredential(state: ProviderState, credentialId: string) {
  const row = state.credentials.find((c) => c.id === credentialId);
  if (!row) throw credentialNotFound();
  return row;
}

/** `GET …/credentials`: the chosen (or active) credential, secrets masked; null when there is none. */
export async function getProviderCredential(deps: AppDeps, actor: Actor, input: { provider: string; credential_id?: string }) {
  const definition = requireProvider(input.provider);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const row = input.credential_id ? findCredential(state, input.credential_id) : state.active;
  if (!row) return { credentials: null };
  return { credentials: maskCredentials(openCredentialsOrEmpty(deps, row), secretVariables(definition.provider, 'provider')) };
}

/** Validates with a real call, then stores encrypted; the first credential becomes the active one. */
export async function createProviderCredential(
  deps: AppDeps,
  actor: Actor,
  input: { provider: string; credentials: Credentials; name?: string | null },
): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = providerWithSchema(input.provider);
  const provider = definition.provider;
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const name = chooseCredentialName(input.name, state.credentials);
  const credentials = compactCredentials(input.credentials);
  await assertCredentialsWork(deps, { provider, scope: 'provider', credentials });
  await deps.db.transaction(async (tx) => {
    const encryptedConfig = sealCredentials(deps, actor.workspaceId, provider, credentials);
    const [row] = await tx
      .insert(providerCredentials)
      .values({ workspaceId: actor.workspaceId, provider, name, encryptedConfig, createdBy: actor.accountId })
      .returning({ id: providerCredentials.id });
    if (!state.active) await setActiveProviderCredential(tx, actor.workspaceId, provider, row!.id);
  });
}

/** Secrets sent back masked (or as `[__HIDDEN__]`) keep their stored values. */
export async function updateProviderCredential(
  deps: AppDeps,
  actor: Actor,
  input: { provider: string; credential_id: string; credentials: Credentials; name?: string | null },
): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = providerWithSchema(input.provider);
  const provider = definition.provider;
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const row = findCredential(state, input.credential_id);
  const name = chooseCredentialName(input.name, state.credentials, row.id);
  const stored = openCredentialsOrEmpty(deps, row);
  const credentials = compactCredentials(restoreHiddenSecrets(input.credentials, stored, secretVariables(provider, 'provider')));
  await assertCredentialsWork(deps, { provider, scope: 'provider', credentials });
  await deps.db
    .update(providerCredentials)
    .set({ name, encryptedConfig: sealCredentials(deps, actor.workspaceId, provider, credentials) })
    .where(and(eq(providerCredentials.id, row.id), eq(providerCredentials.workspaceId, actor.workspaceId)));
}

/** Deleting the active credential hands over to the oldest remaining one, or to none. */
export async function deleteProviderCredential(deps: AppDeps, actor: Actor, input: { provider: string; credential_id: string }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const row = findCredential(state, input.credential_id);
  await deps.db.transaction(async (tx) => {
    await tx.delete(providerCredentials).where(and(eq(providerCredentials.id, row.id), eq(providerCredentials.workspaceId, actor.workspaceId)));
    if (state.active?.id === row.id) {
      const next = state.credentials.find((c) => c.id !== row.id);
      await setActiveProviderCredential(tx, actor.workspaceId, definition.provider, next?.id ?? null);
    }
  });
}

export async function switchProviderCredential(deps: AppDeps, actor: Actor, input: { provider: string; credential_id: string }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const row = findCredential(state, input.credential_id);
  await setActiveProviderCredential(deps.db, actor.workspaceId, definition.provider, row.id);
}

/**
 * Checks credentials without saving them: Dify's `{result: 'success'}` or `{result: 'error', error}`.
 * Dify lets any member do this; here it is for admins and owners, who alone can save credentials,
 * since it makes the server call whatever endpoint the form names.
 */
export async function validateProviderCredential(deps: AppDeps, actor: Actor, input: { provider: string; credentials: Credentials }) {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = providerWithSchema(input.provider);
  const credentials = compactCredentials(input.credentials);
  const problem = await credentialProblem(deps, { provider: definition.provider, scope: 'provider', credentials });
  return problem ? { result: 'error' as const, error: problem } : { result: 'success' as const };
}
