import { and, eq } from 'drizzle-orm';
import {
  apps,
  type Conversation,
  conversations,
  type EndUser,
  type InvokeFrom,
  type Message,
  type MessageFeedback,
  messageFeedbacks,
  messages,
  type MessageStatus,
} from '@tessera/db';
import { serviceApiEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';

/**
 * Rows a generation would have written, inserted directly: tests of reading, listing, feedback and
 * statistics need conversations and messages without running a model.
 */

export interface SeedAppRef {
  appId: string;
  workspaceId: string;
}

/** A Service API end user of the app (`user` as the session id). */
export function seedEndUser(app: TestApp, ref: SeedAppRef, user = 'seed-user'): Promise<EndUser> {
  return serviceApiEndUser(app.deps, ref, user);
}

export interface SeedConversationInput extends SeedAppRef {
  /** Who started it: an end user (`from_source: api`) or, without one, an account (`console`). */
  endUserId?: string;
  accountId?: string;
  /** Defaults to `service-api` for end users and `debugger` for accounts. */
  invokeFrom?: InvokeFrom;
  name?: string;
  inputs?: Record<string, unknown>;
  appModelConfigId?: string | null;
  createdAt?: Date;
  isDeleted?: boolean;
}

export async function seedConversation(app: TestApp, input: SeedConversationInput): Promise<Conversation> {
  const [owner] = await app.deps.db
    .select({ mode: apps.mode, configId: apps.appModelConfigId })
    .from(apps)
    .where(and(eq(apps.id, input.appId), eq(apps.workspaceId, input.workspaceId)));
  if (!owner) throw new Error(`seedConversation: app ${input.appId} is not in workspace ${input.workspaceId}`);
  const byEndUser = input.endUserId !== undefined || input.accountId === undefined;
  const createdAt = input.createdAt ?? app.deps.now();
  const [row] = await app.deps.db
    .insert(conversations)
    .values({
      workspaceId: input.workspaceId,
      appId: input.appId,
      appModelConfigId: input.appModelConfigId === undefined ? owner.configId : input.appModelConfigId,
      mode: owner.mode,
      name: input.name ?? 'Seeded conversation',
      inputs: input.inputs ?? {},
      invokeFrom: input.invokeFrom ?? (byEndUser ? 'service-api' : 'debugger'),
      fromSource: byEndUser ? 'api' : 'console',
      fromEndUserId: input.endUserId ?? null,
      fromAccountId: input.accountId ?? null,
      isDeleted: input.isDeleted ?? false,
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  return row!;
}

export interface SeedMessageInput {
  query?: string;
  answer?: string;
  messageTokens?: number;
  answerTokens?: number;
  /** Decimal text, as the column stores it. */
  totalPrice?: string;
  /** Seconds. */
  latency?: number;
  status?: MessageStatus;
  /** Defaults to the conversation's. */
  invokeFrom?: InvokeFrom;
  createdAt?: Date;
  metadata?: Record<string, unknown>;
}

/** A message in the conversation, from whoever started it. */
export async function seedMessage(app: TestApp, conversation: Conversation, input: SeedMessageInput = {}): Promise<Message> {
  const createdAt = input.createdAt ?? app.deps.now();
  const [row] = await app.deps.db
    .insert(messages)
    .values({
      workspaceId: conversation.workspaceId,
      appId: conversation.appId,
      conversationId: conversation.id,
      appModelConfigId: conversation.appModelConfigId,
      inputs: conversation.inputs,
      query: input.query ?? 'Hello?',
      answer: input.answer ?? 'Hello!',
      messageTokens: input.messageTokens ?? 0,
      answerTokens: input.answerTokens ?? 0,
      totalPrice: input.totalPrice ?? '0',
      providerResponseLatency: input.latency ?? 0,
      status: input.status ?? 'normal',
      messageMetadata: input.metadata ?? {},
      invokeFrom: input.invokeFrom ?? conversation.invokeFrom,
      fromSource: conversation.fromSource,
      fromEndUserId: conversation.fromEndUserId,
      fromAccountId: conversation.fromAccountId,
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  await app.deps.db
    .update(conversations)
    .set({ dialogueCount: conversation.dialogueCount + 1 })
    .where(and(eq(conversations.id, conversation.id), eq(conversations.workspaceId, conversation.workspaceId)));
  conversation.dialogueCount += 1;
  return row!;
}

/** A like or dislike on the message, from its end user (`user`) or an operator (`admin`). */
export async function seedFeedback(
  app: TestApp,
  message: Message,
  rating: 'like' | 'dislike',
  fromSource: 'user' | 'admin' = 'user',
): Promise<MessageFeedback> {
  const [row] = await app.deps.db
    .insert(messageFeedbacks)
    .values({
      workspaceId: message.workspaceId,
      appId: message.appId,
      conversationId: message.conversationId,
      messageId: message.id,
      rating,
      fromSource,
      fromEndUserId: fromSource === 'user' ? message.fromEndUserId : null,
      fromAccountId: fromSource === 'admin' ? message.fromAccountId : null,
    })
    .returning();
  return row!;
}
