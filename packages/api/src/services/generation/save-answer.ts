import { inArray, sql } from 'drizzle-orm';
import { type AgentThought } from '@tessera/app-engine';
import { conversations, type CreatorRole, messageAgentThoughts, type MessageStatus, messages, type Transaction } from '@tessera/db';
import { type ArrayElement, type ArrayElementType, arrayParam } from '../../data/array-params';
import { batcherFor } from '../../data/write-batches';
import { type LlmUsage, type PromptMessage } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { type AnswerMetadata } from './events';
import { type GenerationOwner } from './types';

export interface AnswerRecord {
  messageId: string;
  conversationId: string;
  owner: GenerationOwner;
  answer: string;
  status: MessageStatus;
  error?: string | null;
  usage: LlmUsage;
  promptMessages: PromptMessage[];
  agentThoughts: AgentThought[];
  metadata: AnswerMetadata;
  /** Seconds from the request to the last token. */
  latency: number;
  timeToFirstToken: number | null;
}

/** Postgres text and jsonb refuse U+0000, which a model may well produce; it is never meaningful. */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/**
 * The value as JSON text without U+0000. Only a `\u0000` escape whose backslash is not itself
 * escaped is a NUL; a run of backslashes before `u0000` of even length is text and stays.
 */
function jsonWithoutNul(value: unknown): string {
  const json = JSON.stringify(value);
  if (!json.includes('u0000')) return json;
  return json.replace(/(\\+)u0000/g, (escape, slashes: string) => (slashes.length % 2 === 1 ? slashes.slice(1) : escape));
}

/**
 * Every answer of the batch with one UPDATE joined to a column per field: the statement and its
 * seventeen parameters stay the same however many answers end together.
 */
function updateAnswers(tx: Transaction, records: SavedAnswer[]) {
  const column = (type: ArrayElementType, value: (record: SavedAnswer) => ArrayElement) => arrayParam(records.map(value), type);
  return tx.execute(sql`
    update ${messages}
    set answer = saved.answer, status = saved.status, error = saved.error, message = saved.message,
      message_tokens = saved.message_tokens, message_unit_price = saved.message_unit_price, message_price_unit = saved.message_price_unit,
      answer_tokens = saved.answer_tokens, answer_unit_price = saved.answer_unit_price, answer_price_unit = saved.answer_price_unit,
      total_price = saved.total_price, currency = saved.currency, provider_response_latency = saved.latency,
      time_to_first_token = saved.time_to_first_token, message_metadata = saved.metadata, updated_at = saved.updated_at
    from unnest(
      ${column('uuid', (record) => record.messageId)},
      ${column('text', (record) => withoutNul(record.answer))},
      ${column('text', (record) => record.status)},
      ${column('text', (record) => (record.error == null ? null : withoutNul(record.error)))},
      ${column('jsonb', (record) => jsonWithoutNul(record.promptMessages))},
      ${column('integer', (record) => record.usage.prompt_tokens)},
      ${column('text', (record) => record.usage.prompt_unit_price)},
      ${column('text', (record) => record.usage.prompt_price_unit)},
      ${column('integer', (record) => record.usage.completion_tokens)},
      ${column('text', (record) => record.usage.completion_unit_price)},
      ${column('text', (record) => record.usage.completion_price_unit)},
      ${column('text', (record) => record.usage.total_price)},
      ${column('text', (record) => record.usage.currency)},
      ${column('real', (record) => record.latency)},
      ${column('real', (record) => record.timeToFirstToken)},
      ${column('jsonb', (record) => jsonWithoutNul({ usage: record.usage, retriever_resources: record.metadata.retrieverResources, annotation_reply: record.metadata.annotationReply }))},
      ${column('timestamptz', (record) => record.savedAt.toISOString())}
    ) as saved (id, answer, status, error, message, message_tokens, message_unit_price, message_price_unit, answer_tokens,
      answer_unit_price, answer_price_unit, total_price, currency, latency, time_to_first_token, metadata, updated_at)
    where ${messages.id} = saved.id`);
}

const ANSWERS = Symbol('answers');

/**
 * Writes the finished (or stopped, or failed) answer, its cost and its agent steps, at once.
 * Answers that end together share one transaction.
 */
export function saveAnswer(deps: AppDeps, record: AnswerRecord): Promise<void> {
  const { db } = deps;
  return batcherFor<SavedAnswer>(db, ANSWERS, (records) => db.transaction((tx) => writeAnswers(tx, records))).write({ ...record, savedAt: deps.now() });
}

type SavedAnswer = AnswerRecord & { savedAt: Date };

async function writeAnswers(tx: Transaction, records: SavedAnswer[]): Promise<void> {
  await updateAnswers(tx, records);
  const thoughts = records.flatMap((record) => {
    const createdBy = record.owner.kind === 'end_user' ? record.owner.endUserId : record.owner.accountId;
    const createdByRole: CreatorRole = record.owner.kind === 'end_user' ? 'end_user' : 'account';
    return record.agentThoughts.map((thought) => ({
      id: thought.id,
      messageId: record.messageId,
      position: thought.position,
      thought: withoutNul(thought.thought),
      tool: thought.tool,
      toolLabels: thought.tool_labels,
      toolInput: withoutNul(thought.tool_input),
      observation: withoutNul(thought.observation),
      messageFiles: thought.message_files,
      createdByRole,
      createdBy,
    }));
  });
  if (thoughts.length > 0) await tx.insert(messageAgentThoughts).values(thoughts);
  const conversationIds = [...new Set(records.map((record) => record.conversationId))];
  const last = records.reduce((latest, record) => (record.savedAt > latest ? record.savedAt : latest), records[0]!.savedAt);
  await tx.update(conversations).set({ updatedAt: last }).where(inArray(conversations.id, conversationIds));
}
