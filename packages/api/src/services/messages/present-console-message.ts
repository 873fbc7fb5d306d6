import { and, asc, eq, inArray } from 'drizzle-orm';
import { accounts, annotationHitHistories, appModelConfigs, type Message, type MessageAnnotation, messageAnnotations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { loadMessageRelations, type MessageRelations } from './message-relations';
import { type TConsoleMessage } from './message-shapes';

type SimpleAccount = { id: string; name: string; email: string };

/** What only operators see beside messages: annotations, who rated and annotated, the configuration versions. */
interface ConsoleExtras {
  accounts: Map<string, SimpleAccount>;
  annotations: Map<string, MessageAnnotation>;
  hitAnnotations: Map<string, MessageAnnotation>;
  versions: Map<string, number>;
}

const firstBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T>();
  for (const row of rows) if (!map.has(key(row))) map.set(key(row), row);
  return map;
};

async function loadConsoleExtras(deps: AppDeps, app: { id: string; workspaceId: string }, rows: Message[], relations: MessageRelations): Promise<ConsoleExtras> {
  const ids = rows.map((row) => row.id);
  const versionIds = [...new Set(rows.map((row) => row.appModelConfigId).filter((id): id is string => Boolean(id)))];
  const [annotations, hits, versions] = await Promise.all([
    deps.db
      .select()
      .from(messageAnnotations)
      .where(and(inArray(messageAnnotations.messageId, ids), eq(messageAnnotations.appId, app.id), eq(messageAnnotations.workspaceId, app.workspaceId)))
      .orderBy(asc(messageAnnotations.createdAt)),
    deps.db
      .select({ messageId: annotationHitHistories.messageId, annotation: messageAnnotations })
      .from(annotationHitHistories)
      .innerJoin(messageAnnotations, and(eq(messageAnnotations.id, annotationHitHistories.annotationId), eq(messageAnnotations.workspaceId, app.workspaceId)))
      .where(and(inArray(annotationHitHistories.messageId, ids), eq(annotationHitHistories.appId, app.id)))
      .orderBy(asc(annotationHitHistories.createdAt)),
    versionIds.length === 0
      ? Promise.resolve([])
      : deps.db
          .select({ id: appModelConfigs.id, version: appModelConfigs.version })
          .from(appModelConfigs)
          .where(and(inArray(appModelConfigs.id, versionIds), eq(appModelConfigs.appId, app.id))),
  ]);
  const accountIds = new Set<string>();
  for (const feedbacks of relations.feedbacks.values()) for (const feedback of feedbacks) if (feedback.fromAccountId) accountIds.add(feedback.fromAccountId);
  for (const annotation of [...annotations, ...hits.map((hit) => hit.annotation)]) if (annotation.accountId) accountIds.add(annotation.accountId);
  const people =
    accountIds.size === 0
      ? []
      : await deps.db.select({ id: accounts.id, name: accounts.name, email: accounts.email }).from(accounts).where(inArray(accounts.id, [...accountIds]));
  return {
    accounts: new Map(people.map((person) => [person.id, person])),
    annotations: firstBy(annotations, (annotation) => annotation.messageId!),
    hitAnnotations: new Map([...firstBy(hits, (hit) => hit.messageId ?? '')].map(([id, hit]) => [id, hit.annotation])),
    versions: new Map(versions.map((version) => [version.id, version.version])),
  };
}

function presentConsoleMessage(message: Message, relations: MessageRelations, extras: ConsoleExtras): TConsoleMessage {
  const account = (id: string | null) => (id ? extras.accounts.get(id) ?? null : null);
  const annotation = extras.annotations.get(message.id);
  const hit = extras.hitAnnotations.get(message.id);
  return {
    id: message.id,
    conversation_id: message.conversationId,
    inputs: message.inputs,
    query: message.query,
    message: message.message,
    message_tokens: message.messageTokens,
    answer: relations.answers.get(message.id) ?? message.answer,
    answer_tokens: message.answerTokens,
    provider_response_latency: message.providerResponseLatency,
    from_source: message.fromSource,
    from_end_user_id: message.fromEndUserId,
    from_account_id: message.fromAccountId,
    feedbacks: (relations.feedbacks.get(message.id) ?? []).map((feedback) => ({
      rating: feedback.rating,
      content: feedback.content,
      from_source: feedback.fromSource,
      from_end_user_id: feedback.fromEndUserId,
      from_account: account(feedback.fromAccountId),
    })),
    workflow_run_id: message.workflowRunId,
    annotation: annotation
      ? { id: annotation.id, question: annotation.question, content: annotation.content, account: account(annotation.accountId), created_at: toUnixRequired(annotation.createdAt) }
      : null,
    annotation_hit_history: hit
      ? { annotation_id: hit.id, annotation_create_account: account(hit.accountId), created_at: toUnixRequired(hit.createdAt) }
      : null,
    created_at: toUnixRequired(message.createdAt),
    agent_thoughts: relations.thoughts.get(message.id) ?? [],
    message_files: relations.files.get(message.id) ?? [],
    metadata: message.messageMetadata,
    status: message.status,
    error: message.error,
    parent_message_id: message.parentMessageId,
    total_price: message.totalPrice,
    currency: message.currency,
    app_model_config_id: message.appModelConfigId,
    model_config_version: message.appModelConfigId ? extras.versions.get(message.appModelConfigId) ?? null : null,
  };
}

/** Messages of one app in the console's detail shape: every feedback, annotations, costs and configuration versions. */
export async function presentConsoleMessages(deps: AppDeps, app: { id: string; workspaceId: string }, rows: Message[]): Promise<TConsoleMessage[]> {
  if (rows.length === 0) return [];
  const relations = await loadMessageRelations(deps, app.workspaceId, rows);
  const extras = await loadConsoleExtras(deps, app, rows, relations);
  return rows.map((row) => presentConsoleMessage(row, relations, extras));
}
