import { and, eq, sql } from 'drizzle-orm';
import { providerModelCredentials, providerModels, type Queryable } from '@tessera/db';
import { type Credentials, secretVariables } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireModelType, requireProvider } from './catalog-lookup';
import { chooseCredentialName } from './credential-names';
import { assertCredentialsWork } from './credential-validation';
import { compactCredentials, mergeCredentials, openCredentialsOrEmpty, sealCredentials } from './credential-values';
import { customizableTarget, findCustomModel, requireModelCredential, type ModelAddress } from './custom-model-lookup';
import { loadProviderState } from './provider-state';
import { restoreHiddenSecrets } from './secret-masking';

type CredentialInput = ModelAddress & { credentials: Credentials; name?: string | null };

async function setActiveModelCredential(db: Queryable, workspaceId: string, modelId: string, credentialId: string | null) {
  await db
    .update(providerModels)
    .set({ activeCredentialId: credentialId, updatedAt: sql`now()` })
    .where(and(eq(providerModels.id, modelId), eq(providerModels.workspaceId, workspaceId)));
}

/** Validates with a real call to the model; adds the custom model on its first credential. */
export async function createModelCredential(deps: AppDeps, actor: Actor, input: CredentialInput): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const { definition, modelType, model } = customizableTarget(input);
  const provider = definition.provider;
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const custom = findCustomModel(state, model, modelType);
  const name = chooseCredentialName(input.name, custom?.credentials ?? []);
  const credentials = compactCredentials(input.credentials);
  const callCredentials = mergeCredentials(openCredentialsOrEmpty(deps, state.active), credentials);
  await assertCredentialsWork(deps, { provider, scope: 'model', credentials, callCredentials, model, modelType });
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(providerModelCredentials)
      .values({
        workspaceId: actor.workspaceId,
        provider,
        modelName: model,
        modelType,
        name,
        encryptedConfig: sealCredentials(deps, actor.workspaceId, provider, credentials),
        createdBy: actor.accountId,
      })
      .returning({ id: providerModelCredentials.id });
    if (!custom) {
      await tx.insert(providerModels).values({ workspaceId: actor.workspaceId, provider, modelName: model, modelType, activeCredentialId: row!.id });
    } else if (!custom.active) {
      await setActiveModelCredential(tx, actor.workspaceId, custom.row.id, row!.id);
    }
  });
}

export async function updateModelCredential(deps: AppDeps, actor: Actor, input: CredentialInput & { credential_id: string }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const { definition, modelType, model } = customizableTarget(input);
  const provider = definition.provider;
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const { custom, row } = requireModelCredential(findCustomModel(state, model, modelType), input.credential_id);
  const name = chooseCredentialName(input.name, custom.credentials, row.id);
  const stored = openCredentialsOrEmpty(deps, row);
  const credentials = compactCredentials(restoreHiddenSecrets(input.credentials, stored, secretVariables(provider, 'model')));
  const callCredentials = mergeCredentials(openCredentialsOrEmpty(deps, state.active), credentials);
  await assertCredentialsWork(deps, { provider, scope: 'model', credentials, callCredentials, model, modelType });
  await deps.db
    .update(providerModelCredentials)
    .set({ name, encryptedConfig: sealCredentials(deps, actor.workspaceId, provider, credentials) })
    .where(and(eq(providerModelCredentials.id, row.id), eq(providerModelCredentials.workspaceId, actor.workspaceId)));
}

/** Deleting the model's active credential hands over to its oldest remaining one, or to none. */
export async function deleteModelCredential(deps: AppDeps, actor: Actor, input: ModelAddress & { credential_id: string }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const { definition, modelType, model } = customizableTarget(input);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const { custom, row } = requireModelCredential(findCustomModel(state, model, modelType), input.credential_id);
  await deps.db.transaction(async (tx) => {
    await tx
      .delete(providerModelCredentials)
      .where(and(eq(providerModelCredentials.id, row.id), eq(providerModelCredentials.workspaceId, actor.workspaceId)));
    if (custom.active?.id === row.id) {
      const next = custom.credentials.find((c) => c.id !== row.id);
      await setActiveModelCredential(tx, actor.workspaceId, custom.row.id, next?.id ?? null);
    }
  });
}

/** Makes one of the model's saved credentials the one it uses. */
export async function switchModelCredential(deps: AppDeps, actor: Actor, input: ModelAddress & { credential_id: string }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const { definition, modelType, model } = customizableTarget(input);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const { custom, row } = requireModelCredential(findCustomModel(state, model, modelType), input.credential_id);
  await setActiveModelCredential(deps.db, actor.workspaceId, custom.row.id, row.id);
}

/** `POST …/models`: for a custom model (`config_from: custom-model`) picks the credential it uses. */
export async function configureModel(
  deps: AppDeps,
  actor: Actor,
  input: ModelAddress & { config_from?: string | null; credential_id?: string | null },
): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  requireProvider(input.provider);
  requireModelType(input.model_type);
  if (input.config_from !== 'custom-model') return;
  if (!input.credential_id) throw errors.invalidParam('credential_id is required when configuring a custom-model', 'credential_id');
  await switchModelCredential(deps, actor, { ...input, credential_id: input.credential_id });
}
