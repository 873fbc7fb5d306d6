import { and, eq } from 'drizzle-orm';
import { normalizeModelConfig, type PromptAppMode, type TModelConfig, validateModelConfig } from '@tessera/app-engine';
import { apps } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type GenerationApp } from './types';

export interface EffectiveConfig {
  config: TModelConfig;
  /** The saved version that answers; null for the debugger's unsaved configuration. */
  appModelConfigId: string | null;
  maxActiveRequests: number | null;
  appName: string;
}

const unavailable = () => errors.badRequest('app_unavailable', 'App unavailable, please check your app configurations.');

const PROMPT_MODES: readonly string[] = ['chat', 'completion', 'agent-chat'];

/**
 * The configuration a run uses: the app's saved one, or the console debugger's unsaved one, checked
 * the way saving would check it. A prompt app without a model cannot answer (`app_unavailable`).
 */
export async function effectiveConfig(deps: AppDeps, app: GenerationApp, override?: Record<string, unknown>): Promise<EffectiveConfig> {
  // Normalised once per published version, not per request; the cache drops it when the app changes.
  const row = await deps.cache.read(`app-config:${app.workspaceId}:${app.appId}`, app.workspaceId, async () => {
    const [found] = await deps.db
      .select({ modelConfig: apps.modelConfig, appModelConfigId: apps.appModelConfigId, maxActiveRequests: apps.maxActiveRequests, name: apps.name })
      .from(apps)
      .where(and(eq(apps.id, app.appId), eq(apps.workspaceId, app.workspaceId)));
    if (!found) return undefined;
    const { modelConfig, ...rest } = found;
    return { ...rest, config: modelConfig ? normalizeModelConfig(modelConfig) : null };
  });
  if (!row) throw errors.notFound('app_not_found', 'App not found.');
  if (!PROMPT_MODES.includes(app.mode)) throw unavailable();
  const mode = app.mode as PromptAppMode;
  if (override) {
    return { config: validateModelConfig(mode, override), appModelConfigId: null, maxActiveRequests: row.maxActiveRequests, appName: row.name };
  }
  const { config } = row;
  if (!config?.model?.provider || !config.model?.name) throw unavailable();
  return { config, appModelConfigId: row.appModelConfigId, maxActiveRequests: row.maxActiveRequests, appName: row.name };
}
