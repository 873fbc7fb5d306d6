import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { type HistoryTurn } from '@tessera/app-engine';
import { type Conversation, conversations, type InvokeFrom, messageAgentThoughts, messages } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type GenerationApp, type GenerationOwner } from './types';

/** Dify never feeds more earlier messages than this into a prompt. */
const HISTORY_LIMIT = 500;

export const conversationNotFound = () => errors.notFound('not_found', 'Conversation Not Exists.');

/** The conditions that make a conversation the caller's own: same app, same owner, same channel. */
export function ownedConversation(app: GenerationApp, owner: GenerationOwner, invokeFrom: InvokeFrom) {
  const byOwner =
    owner.kind === 'end_user' ? eq(conversations.fromEndUserId, owner.endUserId) : eq(conversations.fromAccountId, owner.accountId);
  return and(
    eq(conversations.workspaceId, app.workspaceId),
    eq(conversations.appId, app.appId),
    eq(conversations.invokeFrom, invokeFrom),
    eq(conversations.isDeleted, false),
    byOwner,
  );
}

/** An existing conversation to continue: only its owner, through the channel it was started on, finds it. */
export async function findOwnedConversation(
  deps: AppDeps,
  app: GenerationApp,
  owner: GenerationOwner,
  invokeFrom: InvokeFrom,
  conversationId: string,
): Promise<Conversation> {
  const [row] = await deps.db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), ownedConversation(app, owner, invokeFrom)));
  if (!row) throw conversationNotFound();
  if (row.status !== 'normal') throw errors.badRequest('conversation_completed', 'The conversation has ended. Please start a new conversation.');
  return row;
}

/** Dify's provisional name until the generated one arrives: the first 20 characters and an ellipsis. */
export function provisionalName(query: string): string {
  const chars = [...query.trim()];
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('');
}

/**
 * The earlier turns of a conversation, oldest first, as the engine takes them: answered messages
 * only (a failed or empty answer teaches the model nothing), with each agent step's tool calls.
 */
export async function loadHistory(deps: AppDeps, app: GenerationApp, conversationId: string): Promise<HistoryTurn[]> {
  const rows = await deps.db
    .select({ id: messages.id, query: messages.query, answer: messages.answer, status: messages.status, agentBased: messages.agentBased })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.appId, app.appId), eq(messages.workspaceId, app.workspaceId)))
    .orderBy(desc(messages.createdAt))
    .limit(HISTORY_LIMIT);
  const answered = rows.filter((row) => row.answer !== '' && row.status !== 'error').reverse();
  const agentIds = answered.filter((row) => row.agentBased).map((row) => row.id);
  const thoughts =
    agentIds.length === 0
      ? []
      : await deps.db
          .select()
          .from(messageAgentThoughts)
          .where(inArray(messageAgentThoughts.messageId, agentIds))
          .orderBy(asc(messageAgentThoughts.position));
  return answered.map((row) => {
    const steps = thoughts.filter((thought) => thought.messageId === row.id && thought.tool);
    return {
      query: row.query,
      answer: row.answer,
      ...(steps.length > 0
        ? {
            toolCalls: steps.map((step) => ({
              tool: step.tool ?? '',
              toolInput: step.toolInput ?? '',
              observation: step.observation ?? '',
              ...(step.thought ? { thought: step.thought } : {}),
            })),
          }
        : {}),
    };
  });
}
