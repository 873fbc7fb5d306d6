import { and, eq, sql } from 'drizzle-orm';
import { providerModelCredentials, providerModels, providerModelSettings } from '@tessera/db';
import { findPredefinedModel } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireModelType, requireProvider } from './catalog-lookup';
import { findCustomModel, type ModelAddress } from './custom-model-lookup';
import { modelWithProvider } from './presenters';
import { loadProviderState } from './provider-state';
import { workspaceModels } from './workspace-models';

/** `GET …/{provider}/models`: predefined and custom models with their status (Dify's ModelWithProviderEntity). */
export async function listProviderModels(deps: AppDeps, actor: Actor, input: { provider: string }) {
  const definition = requireProvider(input.provider);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  return { data: workspaceModels(deps, state).map((m) => modelWithProvider(deps, actor.workspaceId, definition, m)) };
}

/** Turns a predefined or custom model on or off for the workspace. */
export async function setModelEnabled(deps: AppDeps, actor: Actor, input: ModelAddress, enabled: boolean): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  const provider = definition.provider;
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const custom = findCustomModel(state, input.model, modelType);
  if (custom) {
    await deps.db
      .update(providerModels)
      .set({ enabled, updatedAt: sql`now()` })
      .where(and(eq(providerModels.id, custom.row.id), eq(providerModels.workspaceId, actor.workspaceId)));
    return;
  }
  if (!findPredefinedModel(provider, input.model, modelType)) throw errors.invalidParam(`Model ${input.model} does not exist.`, 'model');
  await deps.db
    .insert(providerModelSettings)
    .values({ workspaceId: actor.workspaceId, provider, modelName: input.model, modelType, enabled })
    .onConflictDoUpdate({
      target: [providerModelSettings.workspaceId, providerModelSettings.provider, providerModelSettings.modelName, providerModelSettings.modelType],
      set: { enabled, updatedAt: sql`now()` },
    });
}

/** Removes a custom model and every credential saved for it. */
export async function removeCustomModel(deps: AppDeps, actor: Actor, input: ModelAddress): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  const custom = findCustomModel(state, input.model, modelType);
  if (!custom) throw errors.invalidParam(`Model ${input.model} does not exist.`, 'model');
  const sameModel = and(
    eq(providerModelCredentials.workspaceId, actor.workspaceId),
    eq(providerModelCredentials.provider, definition.provider),
    eq(providerModelCredentials.modelName, custom.row.modelName),
    eq(providerModelCredentials.modelType, custom.row.modelType),
  );
  await deps.db.transaction(async (tx) => {
    await tx.delete(providerModels).where(and(eq(providerModels.id, custom.row.id), eq(providerModels.workspaceId, actor.workspaceId)));
    await tx.delete(providerModelCredentials).where(sameModel);
  });
}
