import { eq, inArray } from 'drizzle-orm';
import { type AgentThought } from '@tessera/app-engine';
import { conversations, type CreatorRole, messageAgentThoughts, type MessageStatus, messages, type Transaction } from '@tessera/db';
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

function jsonWithoutNul<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('\\u0000', '')) as T;
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
  for (const record of records) {
    const { usage } = record;
    await tx
      .update(messages)
      .set({
        answer: withoutNul(record.answer),
        status: record.status,
        error: record.error ?? null,
        message: jsonWithoutNul(record.promptMessages),
        messageTokens: usage.prompt_tokens,
        messageUnitPrice: usage.prompt_unit_price,
        messagePriceUnit: usage.prompt_price_unit,
        answerTokens: usage.completion_tokens,
        answerUnitPrice: usage.completion_unit_price,
        answerPriceUnit: usage.completion_price_unit,
        totalPrice: usage.total_price,
        currency: usage.currency,
        providerResponseLatency: record.latency,
        timeToFirstToken: record.timeToFirstToken,
        messageMetadata: jsonWithoutNul({
          usage,
          retriever_resources: record.metadata.retrieverResources,
          annotation_reply: record.metadata.annotationReply,
        }),
        updatedAt: record.savedAt,
      })
      .where(eq(messages.id, record.messageId));
  }
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
