import { and, eq, inArray, sql } from 'drizzle-orm';
import { type MessageAnnotation, messageAnnotations, messages } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { refreshAnnotationEmbeddings } from './annotation-embeddings';
import { annotationNotFound, type AnnotationScope } from './annotation-scope';
import { presentAnnotation } from './present-annotation';

const inScope = (scope: AnnotationScope) => and(eq(messageAnnotations.appId, scope.appId), eq(messageAnnotations.workspaceId, scope.workspaceId));

async function afterWrite(deps: AppDeps, scope: AnnotationScope, row: MessageAnnotation) {
  if (!row.embedding) await refreshAnnotationEmbeddings(deps, scope, [row], scope.accountId);
  return presentAnnotation(row);
}

/** `POST /v1/apps/annotations`: a question and its answer, written directly. */
export async function createAnnotation(deps: AppDeps, scope: AnnotationScope, input: { question: string; answer: string }) {
  const [row] = await deps.db
    .insert(messageAnnotations)
    .values({ workspaceId: scope.workspaceId, appId: scope.appId, question: input.question, content: input.answer, accountId: scope.accountId })
    .returning();
  return afterWrite(deps, scope, row!);
}

export interface AnnotateInput {
  message_id?: string;
  question?: string;
  answer?: string;
  /** Dify accepts the answer under this older name too. */
  content?: string;
}

/**
 * `POST /console/api/apps/{app_id}/annotations` (Dify's `up_insert_app_annotation_from_message`):
 * without `message_id` a new annotation; with one, that answer's annotation is created or
 * replaced, its question defaulting to the message's query. `ownedBy` narrows the message to one
 * end user's (the web app may only annotate the visitor's own answers).
 */
export async function annotateAnswer(deps: AppDeps, scope: AnnotationScope, input: AnnotateInput, ownedBy?: { endUserId: string }) {
  const answer = input.answer ?? input.content;
  if (answer === undefined) throw errors.invalidParam("Either 'answer' or 'content' must be provided");
  if (!input.message_id) {
    if (!input.question) throw errors.invalidParam("'question' is required when 'message_id' is not provided");
    return createAnnotation(deps, scope, { question: input.question, answer });
  }
  const messageId = input.message_id;
  const row = await deps.db.transaction(async (tx) => {
    // Locks the message so two requests annotating the same answer make one annotation.
    const [message] = await tx
      .select({ id: messages.id, query: messages.query, conversationId: messages.conversationId })
      .from(messages)
      .where(
        and(
          eq(messages.id, messageId),
          eq(messages.appId, scope.appId),
          eq(messages.workspaceId, scope.workspaceId),
          ownedBy ? eq(messages.fromEndUserId, ownedBy.endUserId) : undefined,
        ),
      )
      .for('update');
    if (!message) throw errors.notFound('not_found', 'Message Not Exists.');
    const question = input.question || message.query || '';
    const [existing] = await tx
      .select({ id: messageAnnotations.id })
      .from(messageAnnotations)
      .where(and(inScope(scope), eq(messageAnnotations.messageId, message.id)))
      .limit(1);
    if (existing) {
      const [updated] = await tx
        .update(messageAnnotations)
        .set(rewrite(question, answer))
        .where(and(inScope(scope), eq(messageAnnotations.id, existing.id)))
        .returning();
      return updated!;
    }
    const [inserted] = await tx
      .insert(messageAnnotations)
      .values({
        workspaceId: scope.workspaceId,
        appId: scope.appId,
        conversationId: message.conversationId,
        messageId: message.id,
        question,
        content: answer,
        accountId: scope.accountId,
      })
      .returning();
    return inserted!;
  });
  return afterWrite(deps, scope, row);
}

/** New text for an annotation; a changed question drops its vector in the same statement. */
function rewrite(question: string, answer: string) {
  const sameQuestion = sql`${messageAnnotations.question} = ${question}`;
  return {
    question,
    content: answer,
    embedding: sql`case when ${sameQuestion} then ${messageAnnotations.embedding} else null end`,
    embeddingModel: sql`case when ${sameQuestion} then ${messageAnnotations.embeddingModel} else null end`,
  };
}

/** `PUT /v1/apps/annotations/{id}`, `POST /console/api/apps/{app_id}/annotations/{id}` */
export async function updateAnnotation(deps: AppDeps, scope: AnnotationScope, annotationId: string, input: { question: string; answer: string }) {
  const [row] = await deps.db
    .update(messageAnnotations)
    .set(rewrite(input.question, input.answer))
    .where(and(inScope(scope), eq(messageAnnotations.id, annotationId)))
    .returning();
  if (!row) throw annotationNotFound();
  return afterWrite(deps, scope, row);
}

/** `DELETE …/annotations/{id}`: the annotation and its hit history. */
export async function deleteAnnotation(deps: AppDeps, scope: AnnotationScope, annotationId: string): Promise<void> {
  const deleted = await deps.db
    .delete(messageAnnotations)
    .where(and(inScope(scope), eq(messageAnnotations.id, annotationId)))
    .returning({ id: messageAnnotations.id });
  if (deleted.length === 0) throw annotationNotFound();
}

/**
 * `DELETE /console/api/apps/{app_id}/annotations?annotation_id=…`: the listed annotations of this
 * app (Dify deletes listed ids of any app; ids of other apps are ignored here), or every
 * annotation of the app when no id is given, as Dify's "clear all" does.
 */
export async function deleteAnnotations(deps: AppDeps, scope: AnnotationScope, annotationIds: string[] | 'all'): Promise<{ deleted_count: number }> {
  if (annotationIds !== 'all' && annotationIds.length === 0) return { deleted_count: 0 };
  const which = annotationIds === 'all' ? inScope(scope) : and(inScope(scope), inArray(messageAnnotations.id, annotationIds));
  const deleted = await deps.db.delete(messageAnnotations).where(which).returning({ id: messageAnnotations.id });
  return { deleted_count: deleted.length };
}
