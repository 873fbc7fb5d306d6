import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { appAnnotationSettings, messageAnnotations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type Heartbeat, startJob, findRunningJob } from './annotation-jobs';
import { storeEmbeddings } from './annotation-embeddings';
import { type AnnotationScope } from './annotation-scope';
import { type EmbeddingModelRef } from './annotation-settings';

export interface ReplySettingsInput {
  score_threshold: number;
  embedding_provider_name: string;
  embedding_model_name: string;
}

export type ReplyAction = 'enable' | 'disable';

const inScope = (scope: AnnotationScope) => and(eq(messageAnnotations.appId, scope.appId), eq(messageAnnotations.workspaceId, scope.workspaceId));

/**
 * Turns annotation reply on with these settings, then embeds every annotation that has no vector
 * from this model yet. Reply is on from the first step: if the model cannot embed, the job ends in
 * `error` with the provider's words and questions are matched exactly until an enable succeeds.
 */
async function enable(deps: AppDeps, scope: AnnotationScope, input: ReplySettingsInput, heartbeat: Heartbeat): Promise<void> {
  const model: EmbeddingModelRef = {
    provider: input.embedding_provider_name,
    model: input.embedding_model_name,
    key: `${input.embedding_provider_name}/${input.embedding_model_name}`,
  };
  const settings = {
    enabled: true,
    scoreThreshold: input.score_threshold,
    embeddingProviderName: model.provider,
    embeddingModelName: model.model,
    updatedBy: scope.accountId,
    updatedAt: deps.now(),
  };
  await deps.db
    .insert(appAnnotationSettings)
    .values({ appId: scope.appId, workspaceId: scope.workspaceId, createdBy: scope.accountId, ...settings })
    .onConflictDoUpdate({ target: appAnnotationSettings.appId, set: settings, where: eq(appAnnotationSettings.workspaceId, scope.workspaceId) });
  const stale = await deps.db
    .select({ id: messageAnnotations.id, question: messageAnnotations.question })
    .from(messageAnnotations)
    .where(and(inScope(scope), or(isNull(messageAnnotations.embedding), isNull(messageAnnotations.embeddingModel), ne(messageAnnotations.embeddingModel, model.key))));
  await storeEmbeddings(deps, { app: scope, model, userId: scope.accountId }, stale, heartbeat);
}

/** Turns annotation reply off and drops the vectors, which go stale while nothing keeps them current. */
async function disable(deps: AppDeps, scope: AnnotationScope): Promise<void> {
  await deps.db
    .update(appAnnotationSettings)
    .set({ enabled: false, updatedBy: scope.accountId, updatedAt: deps.now() })
    .where(and(eq(appAnnotationSettings.appId, scope.appId), eq(appAnnotationSettings.workspaceId, scope.workspaceId)));
  await deps.db.update(messageAnnotations).set({ embedding: null, embeddingModel: null }).where(inScope(scope));
}

/**
 * `POST …/annotation-reply/{enable|disable}`: starts the job, or answers with the one already running
 * for this app and action (as Dify does, `processing`).
 */
export async function startReplyAction(deps: AppDeps, scope: AnnotationScope, action: ReplyAction, input: ReplySettingsInput) {
  const running = await findRunningJob(deps, scope, action);
  if (running) return { job_id: running.id, job_status: 'processing' as const };
  const job = await startJob(deps, scope, action, (heartbeat) => (action === 'enable' ? enable(deps, scope, input, heartbeat) : disable(deps, scope)));
  return { job_id: job.id, job_status: 'waiting' as const };
}
