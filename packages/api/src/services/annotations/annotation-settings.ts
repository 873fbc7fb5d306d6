import { and, eq } from 'drizzle-orm';
import { type AppAnnotationSetting, appAnnotationSettings, type Queryable } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type AppRef } from '../end-users/end-users';
import { type AnnotationScope } from './annotation-scope';

/** The app's annotation reply settings, if it ever had them (on or off). */
export async function loadReplySettings(db: Queryable, app: AppRef): Promise<AppAnnotationSetting | undefined> {
  const [row] = await db
    .select()
    .from(appAnnotationSettings)
    .where(and(eq(appAnnotationSettings.appId, app.appId), eq(appAnnotationSettings.workspaceId, app.workspaceId)));
  return row;
}

/** The settings of an app whose annotation reply is on; undefined when it is off. */
export async function loadEnabledReplySettings(db: Queryable, app: AppRef): Promise<AppAnnotationSetting | undefined> {
  const row = await loadReplySettings(db, app);
  return row?.enabled ? row : undefined;
}

export interface EmbeddingModelRef {
  provider: string;
  model: string;
  /** `provider/model`, stored beside each embedding so a model change shows which are stale. */
  key: string;
}

export function embeddingModelOf(settings: Pick<AppAnnotationSetting, 'embeddingProviderName' | 'embeddingModelName'>): EmbeddingModelRef | null {
  const provider = settings.embeddingProviderName;
  const model = settings.embeddingModelName;
  if (!provider || !model) return null;
  return { provider, model, key: `${provider}/${model}` };
}

/**
 * Dify's annotation setting dict, also the `annotation_reply` of an app's model config. An app has
 * one setting row, so the app's id doubles as the setting's id in `POST annotation-settings/{id}`.
 */
export function presentReplySetting(row: AppAnnotationSetting | undefined) {
  if (!row?.enabled) return { enabled: false as const };
  const model = embeddingModelOf(row);
  return {
    id: row.appId,
    enabled: true as const,
    score_threshold: row.scoreThreshold,
    embedding_model: model ? { embedding_provider_name: model.provider, embedding_model_name: model.model } : ({} as Record<string, never>),
  };
}

/** `GET /apps/{app_id}/annotation-setting` */
export async function getAnnotationSetting(deps: AppDeps, scope: AnnotationScope) {
  return presentReplySetting(await loadReplySettings(deps.db, scope));
}

/** The `annotation_reply` feature of an app's model config, as Dify computes it from the settings. */
export async function annotationReplyConfig(deps: Pick<AppDeps, 'db'>, app: AppRef) {
  return presentReplySetting(await loadReplySettings(deps.db, app));
}

/** `POST /apps/{app_id}/annotation-settings/{annotation_setting_id}`: only the score threshold changes here. */
export async function updateAnnotationSetting(deps: AppDeps, scope: AnnotationScope, settingId: string, scoreThreshold: number) {
  const [row] = await deps.db
    .update(appAnnotationSettings)
    .set({ scoreThreshold, updatedBy: scope.accountId, updatedAt: deps.now() })
    .where(
      and(
        eq(appAnnotationSettings.appId, scope.appId),
        eq(appAnnotationSettings.workspaceId, scope.workspaceId),
        eq(appAnnotationSettings.appId, settingId),
        eq(appAnnotationSettings.enabled, true),
      ),
    )
    .returning();
  if (!row) throw errors.notFound('not_found', 'App annotation not found');
  return presentReplySetting(row);
}
