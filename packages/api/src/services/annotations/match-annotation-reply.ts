import { and, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { accounts, type AppAnnotationSetting, annotationHitHistories, messageAnnotations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type AppRef } from '../end-users/end-users';
import { embedWith } from './annotation-embeddings';
import { embeddingModelOf, loadEnabledReplySettings } from './annotation-settings';

/** Who asked: an end user (Service API, web app) or an account (console debugger, explore). */
export interface AnnotationReplyAsker {
  endUserId?: string;
  accountId?: string;
  /** The message being answered, kept in the hit history. */
  messageId?: string;
}

export interface AnnotationReplyMatch {
  /** `account` is the author; Dify names a removed author "Dify user". */
  annotation: { id: string; question: string; answer: string; account: { id: string | null; name: string } };
  /** Cosine similarity of the question to the annotation's, 1 for an exact question match. */
  score: number;
}

interface Candidate {
  id: string;
  question: string;
  content: string;
  accountId: string | null;
  accountName: string | null;
  score: number;
}

const inApp = (app: AppRef) => and(eq(messageAnnotations.appId, app.appId), eq(messageAnnotations.workspaceId, app.workspaceId));

function candidates(deps: AppDeps, score: SQL<number>) {
  return deps.db
    .select({
      id: messageAnnotations.id,
      question: messageAnnotations.question,
      content: messageAnnotations.content,
      accountId: messageAnnotations.accountId,
      accountName: accounts.name,
      score,
    })
    .from(messageAnnotations)
    .leftJoin(accounts, eq(accounts.id, messageAnnotations.accountId));
}

/**
 * The annotation whose stored vector is closest to the query's, if it reaches the threshold. Cosine
 * similarity is computed in SQL over the `real[]` vectors, so it runs the same on PGlite and on a
 * server without pgvector. Undefined when the model cannot embed the query (it is logged).
 */
async function closestByEmbedding(deps: AppDeps, app: AppRef, settings: AppAnnotationSetting, query: string, asker: AnnotationReplyAsker) {
  const model = embeddingModelOf(settings);
  if (!model) return undefined;
  let vector: number[] | undefined;
  try {
    [vector] = await embedWith(deps, { app, model, userId: asker.endUserId ?? asker.accountId }, [query], 'query');
  } catch (error) {
    deps.logger.warn('annotation reply could not embed the query; matching questions exactly', {
      appId: app.appId,
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
  if (!vector?.length) return undefined;
  const queryVector = `{${vector.join(',')}}`;
  const score = sql<number>`(
    select sum(e::float8 * q::float8) / nullif(sqrt(sum(e::float8 * e::float8)) * sqrt(sum(q::float8 * q::float8)), 0)
    from unnest(${messageAnnotations.embedding}, ${queryVector}::real[]) as pair(e, q)
  )`.mapWith(Number);
  const [best] = await candidates(deps, score)
    .where(and(inApp(app), eq(messageAnnotations.embeddingModel, model.key), isNotNull(messageAnnotations.embedding)))
    .orderBy(sql`${score} desc nulls last`, desc(messageAnnotations.createdAt))
    .limit(1);
  return best && best.score >= settings.scoreThreshold ? best : undefined;
}

/** Case, surrounding space and runs of whitespace do not matter. */
const normalised = (text: SQL | typeof messageAnnotations.question) => sql`lower(btrim(regexp_replace(${text}, '\\s+', ' ', 'g')))`;

/** The newest annotation whose question is the query's, normalised. */
async function exactQuestion(deps: AppDeps, app: AppRef, query: string): Promise<Candidate | undefined> {
  const [row] = await candidates(deps, sql<number>`1`.mapWith(Number))
    .where(and(inApp(app), sql`${normalised(messageAnnotations.question)} = ${normalised(sql`${query}::text`)}`))
    .orderBy(desc(messageAnnotations.createdAt), desc(messageAnnotations.id))
    .limit(1);
  return row;
}

async function recordHit(deps: AppDeps, app: AppRef, hit: Candidate, query: string, asker: AnnotationReplyAsker): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx
      .update(messageAnnotations)
      .set({ hitCount: sql`${messageAnnotations.hitCount} + 1` })
      .where(and(inApp(app), eq(messageAnnotations.id, hit.id)));
    await tx.insert(annotationHitHistories).values({
      appId: app.appId,
      annotationId: hit.id,
      source: asker.endUserId ? 'api' : 'console',
      question: query,
      score: hit.score,
      messageId: asker.messageId ?? null,
      accountId: asker.endUserId ?? asker.accountId ?? null,
      annotationQuestion: hit.question,
      annotationContent: hit.content,
      createdAt: deps.now(),
    });
  });
}

/**
 * Annotation reply, asked before the model: with reply on, the annotation that answers `query`
 * (closest by the settings' embedding model, else the same question exactly), with its hit counted
 * and written to the hit history; null when reply is off or nothing matches.
 */
export async function matchAnnotationReply(deps: AppDeps, app: AppRef, query: string, asker: AnnotationReplyAsker): Promise<AnnotationReplyMatch | null> {
  const settings = await deps.cache.read(`annotation-settings:${app.workspaceId}:${app.appId}`, app.workspaceId, () => loadEnabledReplySettings(deps.db, app));
  if (!settings || !query.trim()) return null;
  const hit = (await closestByEmbedding(deps, app, settings, query, asker)) ?? (await exactQuestion(deps, app, query));
  if (!hit) return null;
  await recordHit(deps, app, hit, query, asker);
  const account = { id: hit.accountId, name: hit.accountName ?? 'Dify user' };
  return { annotation: { id: hit.id, question: hit.question, answer: hit.content, account }, score: hit.score };
}

/** `message_end.metadata.annotation_reply` (and the message's stored metadata) for a match. */
export function annotationReplyMetadata(match: AnnotationReplyMatch) {
  return { id: match.annotation.id, account: match.annotation.account };
}
