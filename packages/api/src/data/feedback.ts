import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Message, type MessageFeedback, messageFeedbacks, messages, type Queryable } from '@tessera/db';

export type FeedbackSource = 'user' | 'admin';

export interface FeedbackValues {
  rating: 'like' | 'dislike';
  content: string | null;
  fromEndUserId: string | null;
  fromAccountId: string | null;
}

/**
 * A workspace's message feedback (likes and dislikes from end users and operators) and the
 * message look-up that rating needs. Every query filters by the workspace the store was built
 * for, so an app or message id of another workspace finds, rates and removes nothing.
 */
export function feedbackStore(db: Queryable, workspaceId: string) {
  return {
    /** Newest first. */
    async pageForApp(appId: string, page: { limit: number; offset: number }): Promise<MessageFeedback[]> {
      return db
        .select()
        .from(messageFeedbacks)
        .where(and(eq(messageFeedbacks.appId, appId), eq(messageFeedbacks.workspaceId, workspaceId)))
        .orderBy(desc(messageFeedbacks.createdAt), desc(messageFeedbacks.id))
        .limit(page.limit)
        .offset(page.offset);
    },

    /** Both sources' feedback on these messages, oldest first. */
    async forMessages(messageIds: string[]): Promise<MessageFeedback[]> {
      if (messageIds.length === 0) return [];
      return db
        .select()
        .from(messageFeedbacks)
        .where(and(inArray(messageFeedbacks.messageId, messageIds), eq(messageFeedbacks.workspaceId, workspaceId)))
        .orderBy(asc(messageFeedbacks.createdAt));
    },

    async findAppMessage(appId: string, messageId: string): Promise<Message | undefined> {
      const [row] = await db
        .select()
        .from(messages)
        .where(and(eq(messages.id, messageId), eq(messages.appId, appId), eq(messages.workspaceId, workspaceId)));
      return row;
    },

    /** Whether a feedback of that source was there to remove. */
    async remove(messageId: string, source: FeedbackSource): Promise<boolean> {
      const removed = await db
        .delete(messageFeedbacks)
        .where(and(eq(messageFeedbacks.messageId, messageId), eq(messageFeedbacks.workspaceId, workspaceId), eq(messageFeedbacks.fromSource, source)))
        .returning({ id: messageFeedbacks.id });
      return removed.length > 0;
    },

    /**
     * Creates or replaces the source's one feedback on the message, in one statement so two clicks
     * at once leave one row. Takes the message row so the feedback always belongs to the
     * message's own workspace; a message of another workspace is left alone.
     */
    async upsert(message: Message, source: FeedbackSource, values: FeedbackValues): Promise<void> {
      if (message.workspaceId !== workspaceId) return;
      await db
        .insert(messageFeedbacks)
        .values({
          workspaceId,
          appId: message.appId,
          conversationId: message.conversationId,
          messageId: message.id,
          fromSource: source,
          ...values,
        })
        .onConflictDoUpdate({
          target: [messageFeedbacks.messageId, messageFeedbacks.fromSource],
          set: { ...values, updatedAt: sql`now()` },
        });
    },
  };
}
