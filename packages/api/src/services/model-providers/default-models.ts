import { and, eq, sql } from 'drizzle-orm';
import { defaultModels } from '@tessera/db';
import { getProvider, type ModelType, type ProviderDefinition } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireModelType, requireProvider } from './catalog-lookup';
import { listModelsByType } from './models-by-type';
import { simpleProvider } from './presenters';
import { loadProviderState } from './provider-state';
import { workspaceModels } from './workspace-models';

export interface DefaultModelChoice {
  definition: ProviderDefinition;
  model: string;
}

/**
 * The workspace's default model of a type: the one it chose, else (as Dify does) the first model
 * of that type it can use now, in catalog order. Null when there is neither.
 */
export async function findDefaultModel(deps: AppDeps, workspaceId: string, modelType: ModelType): Promise<DefaultModelChoice | null> {
  const [stored] = await deps.db
    .select()
    .from(defaultModels)
    .where(and(eq(defaultModels.workspaceId, workspaceId), eq(defaultModels.modelType, modelType)));
  const storedProvider = stored ? getProvider(stored.provider) : undefined;
  if (stored && storedProvider) return { definition: storedProvider, model: stored.modelName };
  const [first] = await listModelsByType(deps, workspaceId, modelType, ['active']);
  const definition = first ? getProvider(first.provider) : undefined;
  return first && definition ? { definition, model: first.models[0]!.model } : null;
}

/** `GET /workspaces/current/default-model?model_type=`: `{data: null}` when there is no model to default to. */
export async function getDefaultModel(deps: AppDeps, actor: Actor, input: { model_type: string }) {
  const modelType = requireModelType(input.model_type);
  const choice = await findDefaultModel(deps, actor.workspaceId, modelType);
  if (!choice) return { data: null };
  return { data: { model: choice.model, model_type: modelType, provider: simpleProvider(deps, actor.workspaceId, choice.definition) } };
}

interface ModelSetting {
  model_type: string;
  model?: string | null;
  provider?: string | null;
}

/** Only models the workspace can use now may become defaults; entries without a provider are skipped, like Dify. */
export async function setDefaultModels(deps: AppDeps, actor: Actor, input: { model_settings: ModelSetting[] }): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const choices: { modelType: ModelType; provider: string; model: string }[] = [];
  for (const setting of input.model_settings) {
    if (!setting.provider) continue;
    const modelType = requireModelType(setting.model_type);
    const definition = requireProvider(setting.provider);
    const model = setting.model ?? '';
    const state = await loadProviderState(deps.db, actor.workspaceId, definition);
    const usable = workspaceModels(deps, state, modelType).some((m) => m.definition.model === model && m.status === 'active');
    if (!usable) {
      throw errors.invalidParam(`Model ${model} of provider ${definition.provider} is not available in this workspace.`, 'model_settings');
    }
    choices.push({ modelType, provider: definition.provider, model });
  }
  await deps.db.transaction(async (tx) => {
    for (const choice of choices) {
      await tx
        .insert(defaultModels)
        .values({ workspaceId: actor.workspaceId, modelType: choice.modelType, provider: choice.provider, modelName: choice.model })
        .onConflictDoUpdate({
          target: [defaultModels.workspaceId, defaultModels.modelType],
          set: { provider: choice.provider, modelName: choice.model, updatedAt: sql`now()` },
        });
    }
  });
}
