import { and, eq } from 'drizzle-orm';
import { type ModelTarget } from '@tessera/model-runtime';
import { appModelConfigs, apps, type Queryable } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { resolveDefaultModelTarget, resolveModelTarget } from '../model-providers/model-resolver';

type Config = Record<string, unknown> | null | undefined;

function modelOf(config: Config): { provider: string; name: string } | undefined {
  const model = config?.model;
  if (typeof model !== 'object' || model === null) return undefined;
  const { provider, name } = model as Record<string, unknown>;
  return typeof provider === 'string' && provider && typeof name === 'string' && name ? { provider, name } : undefined;
}

/**
 * The model that names conversations and suggests questions: the app's own LLM, so the workspace
 * pays for what the app was set up to use; an app without one falls back to the workspace default.
 */
export function generatorTarget(deps: AppDeps, workspaceId: string, config: Config): Promise<ModelTarget> {
  const model = modelOf(config);
  if (model) return resolveModelTarget(deps, workspaceId, { provider: model.provider, model: model.name, modelType: 'llm' });
  return resolveDefaultModelTarget(deps, workspaceId, 'llm');
}

/** The app's current configuration (its `model_config` copy). */
export async function currentAppConfig(db: Queryable, workspaceId: string, appId: string): Promise<Config> {
  const [row] = await db
    .select({ config: apps.modelConfig })
    .from(apps)
    .where(and(eq(apps.id, appId), eq(apps.workspaceId, workspaceId)));
  return row?.config;
}

/** A saved configuration version of the app, or undefined when the id names none of its versions. */
export async function appConfigVersion(db: Queryable, workspaceId: string, appId: string, versionId: string | null) {
  if (!versionId) return undefined;
  const [row] = await db
    .select()
    .from(appModelConfigs)
    .where(and(eq(appModelConfigs.id, versionId), eq(appModelConfigs.appId, appId), eq(appModelConfigs.workspaceId, workspaceId)));
  return row;
}
