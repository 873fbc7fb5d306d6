import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Conversation, conversations, type Message, type MessageAgentThought, messageAgentThoughts, messages, type Queryable } from '@tessera/db';
import { afterReference, keysetOrder, keysetValue } from '../services/conversations/keyset';
import { type ConversationOwner, ownedConversationsOf } from './end-user-conversations';

/** The conversation a message query reads, already known to be the caller's. */
export interface ConversationRef {
  id: string;
  appId: string;
}

/** Messages of a workspace's conversations; every query filters by the store's workspace. */
export function conversationMessagesStore(db: Queryable, workspaceId: string) {
  const inConversation = (conversation: ConversationRef) =>
    and(eq(messages.conversationId, conversation.id), eq(messages.appId, conversation.appId), eq(messages.workspaceId, workspaceId))!;

  return {
    /** Any conversation of the app that is not deleted, whoever started it (the console's logs). */
    async findAppConversation(appId: string, conversationId: string): Promise<Conversation | undefined> {
      const [row] = await db
        .select()
        .from(conversations)
        .where(and(eq(conversations.id, conversationId), eq(conversations.appId, appId), eq(conversations.workspaceId, workspaceId), eq(conversations.isDeleted, false)));
      return row;
    },

    /** Any message of the app in a conversation that is not deleted (the console's logs). */
    async findAppMessage(appId: string, messageId: string): Promise<Message | undefined> {
      const [row] = await db
        .select({ message: messages })
        .from(messages)
        .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.isDeleted, false)))
        .where(and(eq(messages.id, messageId), eq(messages.appId, appId), eq(messages.workspaceId, workspaceId)));
      return row?.message;
    },

    /** The end user's own message, in one of their conversations that is not deleted. */
    async findOwned(owner: ConversationOwner, messageId: string): Promise<Message | undefined> {
      const [row] = await db
        .select({ message: messages })
        .from(messages)
        .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), ownedConversationsOf(workspaceId, owner)))
        .where(
          and(
            eq(messages.id, messageId),
            eq(messages.workspaceId, workspaceId),
            eq(messages.appId, owner.appId),
            eq(messages.fromSource, 'api'),
            eq(messages.fromEndUserId, owner.endUserId),
          ),
        );
      return row?.message;
    },

    /**
     * The newest `limit` messages, or the `limit` before `firstId`, oldest first within the page;
     * undefined when `firstId` is not a message of the conversation.
     */
    async historyPage(conversation: ConversationRef, page: { firstId?: string; limit: number }): Promise<{ rows: Message[]; hasMore: boolean } | undefined> {
      const conditions: SQL[] = [inConversation(conversation)];
      if (page.firstId) {
        const [reference] = await db
          .select({ id: messages.id, value: keysetValue(messages.createdAt) })
          .from(messages)
          .where(and(...conditions, eq(messages.id, page.firstId)));
        if (!reference) return undefined;
        conditions.push(afterReference(messages.createdAt, messages.id, reference, 'desc'));
      }
      const rows = await db
        .select()
        .from(messages)
        .where(and(...conditions))
        .orderBy(...keysetOrder(messages.createdAt, messages.id, 'desc'))
        .limit(page.limit + 1);
      return { rows: rows.slice(0, page.limit).reverse(), hasMore: rows.length > page.limit };
    },

    /** The agent thoughts of these messages, in their order; only messages of this workspace have any here. */
    async agentThoughts(messageIds: string[]): Promise<MessageAgentThought[]> {
      if (messageIds.length === 0) return [];
      const rows = await db
        .select({ thought: messageAgentThoughts })
        .from(messageAgentThoughts)
        .innerJoin(messages, and(eq(messages.id, messageAgentThoughts.messageId), eq(messages.workspaceId, workspaceId)))
        .where(inArray(messageAgentThoughts.messageId, messageIds))
        .orderBy(asc(messageAgentThoughts.position));
      return rows.map((row) => row.thought);
    },

    /** The conversation's latest turns, newest first. */
    async latestTurns(conversation: ConversationRef, limit: number): Promise<{ query: string; answer: string }[]> {
      return db
        .select({ query: messages.query, answer: messages.answer })
        .from(messages)
        .where(inConversation(conversation))
        .orderBy(desc(messages.createdAt), desc(messages.id))
        .limit(limit);
    },
  };
}
