import { and, asc, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { type Conversation, conversations, messages, pinnedConversations, type Queryable } from '@tessera/db';
import { afterReference, type Direction, keysetOrder, keysetValue } from '../services/conversations/keyset';

/** An end user of one app: the only one who may see and change their conversations. */
export interface ConversationOwner {
  appId: string;
  endUserId: string;
}

export const CONVERSATION_SORTS = ['created_at', '-created_at', 'updated_at', '-updated_at'] as const;
export type ConversationSort = (typeof CONVERSATION_SORTS)[number];

/** `-updated_at` → newest update first; ties are broken by id (see keyset.ts). */
export function conversationSort(sortBy: ConversationSort) {
  const direction: Direction = sortBy.startsWith('-') ? 'desc' : 'asc';
  return { column: sortBy.endsWith('created_at') ? conversations.createdAt : conversations.updatedAt, direction };
}

/**
 * Conversations the end user may see and change: their own, of this app and workspace, not
 * deleted. Exported for the message queries that join their conversation.
 */
export function ownedConversationsOf(workspaceId: string, owner: ConversationOwner): SQL {
  return and(
    eq(conversations.workspaceId, workspaceId),
    eq(conversations.appId, owner.appId),
    eq(conversations.fromSource, 'api'),
    eq(conversations.fromEndUserId, owner.endUserId),
    eq(conversations.isDeleted, false),
  )!;
}

export interface ConversationPageQuery {
  /** Only those started through this surface, as Dify's lists show. */
  invokeFrom: Conversation['invokeFrom'];
  sortBy: ConversationSort;
  /** The last item of the previous page. */
  lastId?: string;
  limit: number;
  /** Just the pinned ones (true) or just the others (false). */
  pinned?: boolean;
}

/** End users' conversations in a workspace's apps; every query filters by the store's workspace. */
export function endUserConversationsStore(db: Queryable, workspaceId: string) {
  const owned = (owner: ConversationOwner, conversationId: string) => and(eq(conversations.id, conversationId), ownedConversationsOf(workspaceId, owner));

  return {
    async find(owner: ConversationOwner, conversationId: string): Promise<Conversation | undefined> {
      const [row] = await db.select().from(conversations).where(owned(owner, conversationId));
      return row;
    },

    /** Keyset page in the sort's order; undefined when `lastId` is not one of the listed conversations. */
    async page(owner: ConversationOwner, query: ConversationPageQuery): Promise<Conversation[] | undefined> {
      const conditions: SQL[] = [ownedConversationsOf(workspaceId, owner), eq(conversations.invokeFrom, query.invokeFrom)];
      if (query.pinned !== undefined) {
        const pinned = db
          .select({ id: pinnedConversations.conversationId })
          .from(pinnedConversations)
          .where(and(eq(pinnedConversations.appId, owner.appId), eq(pinnedConversations.createdByRole, 'end_user'), eq(pinnedConversations.createdBy, owner.endUserId)));
        conditions.push(query.pinned ? inArray(conversations.id, pinned) : notInArray(conversations.id, pinned));
      }
      const { column, direction } = conversationSort(query.sortBy);
      if (query.lastId) {
        const [reference] = await db
          .select({ id: conversations.id, value: keysetValue(column) })
          .from(conversations)
          .where(and(...conditions, eq(conversations.id, query.lastId)));
        if (!reference) return undefined;
        conditions.push(afterReference(column, conversations.id, reference, direction));
      }
      return db
        .select()
        .from(conversations)
        .where(and(...conditions))
        .orderBy(...keysetOrder(column, conversations.id, direction))
        .limit(query.limit);
    },

    /** The conversation's first question, or undefined when it has none. */
    async firstQuery(owner: ConversationOwner, conversationId: string): Promise<string | undefined> {
      const [first] = await db
        .select({ query: messages.query })
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), eq(messages.appId, owner.appId), eq(messages.workspaceId, workspaceId)))
        .orderBy(asc(messages.createdAt), asc(messages.id))
        .limit(1);
      return first?.query;
    },

    async rename(owner: ConversationOwner, conversationId: string, name: string): Promise<Conversation | undefined> {
      const [renamed] = await db.update(conversations).set({ name }).where(owned(owner, conversationId)).returning();
      return renamed;
    },

    /** Hides it from its owner (the console's logs keep it); whether there was one to hide. */
    async softDelete(owner: ConversationOwner, conversationId: string): Promise<boolean> {
      const deleted = await db.update(conversations).set({ isDeleted: true }).where(owned(owner, conversationId)).returning({ id: conversations.id });
      return deleted.length > 0;
    },
  };
}
