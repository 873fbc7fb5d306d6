import { and, eq } from 'drizzle-orm';
import { messageAnnotations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type AppRef } from '../end-users/end-users';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { type EmbeddingModelRef, embeddingModelOf, loadEnabledReplySettings } from './annotation-settings';

/** Annotations are embedded this many at a time, so a long job writes (and shows) progress as it goes. */
export const EMBEDDING_BATCH = 100;

export interface EmbeddingCall {
  app: AppRef;
  model: EmbeddingModelRef;
  /** Account or end user the call is made for, in the usage records. */
  userId?: string;
}

/** Embeds `texts` with the workspace's credentials for the named model; throws the provider's error. */
export async function embedWith(deps: AppDeps, call: EmbeddingCall, texts: string[], inputType: 'document' | 'query'): Promise<number[][]> {
  const target = await resolveModelTarget(deps, call.app.workspaceId, { provider: call.model.provider, model: call.model.model, modelType: 'text-embedding' });
  const result = await deps.models.embed({
    target,
    texts,
    inputType,
    caller: { workspaceId: call.app.workspaceId, type: 'app', id: call.app.appId, userId: call.userId },
  });
  return result.embeddings;
}

/**
 * Embeds the questions of `rows` and stores each vector with the model it came from. A row whose
 * question changed meanwhile keeps what the newer write gave it: the update matches the text that
 * was embedded.
 */
export async function storeEmbeddings(
  deps: AppDeps,
  call: EmbeddingCall,
  rows: { id: string; question: string }[],
  afterBatch?: () => Promise<void>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += EMBEDDING_BATCH) {
    const batch = rows.slice(start, start + EMBEDDING_BATCH);
    const vectors = await embedWith(deps, call, batch.map((row) => row.question), 'document');
    await deps.db.transaction(async (tx) => {
      for (const [index, row] of batch.entries()) {
        await tx
          .update(messageAnnotations)
          .set({ embedding: vectors[index] ?? null, embeddingModel: call.model.key })
          .where(
            and(
              eq(messageAnnotations.id, row.id),
              eq(messageAnnotations.appId, call.app.appId),
              eq(messageAnnotations.workspaceId, call.app.workspaceId),
              eq(messageAnnotations.question, row.question),
            ),
          );
      }
    });
    await afterBatch?.();
  }
}

/**
 * After annotations are written: with annotation reply on, their questions are embedded at once so
 * the next query can match them. Writers drop a changed question's old vector themselves, so if the
 * model cannot be reached now, the annotation is simply found by its exact question until the next
 * enable embeds it.
 */
export async function refreshAnnotationEmbeddings(deps: AppDeps, app: AppRef, rows: { id: string; question: string }[], userId?: string): Promise<void> {
  const settings = await loadEnabledReplySettings(deps.db, app);
  const model = settings ? embeddingModelOf(settings) : null;
  if (!model || rows.length === 0) return;
  try {
    await storeEmbeddings(deps, { app, model, userId }, rows);
  } catch (error) {
    deps.logger.warn('annotation embedding failed; exact question match only', {
      appId: app.appId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
