import { and, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { conversations, pinnedConversations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type EndUserScope, ownedConversations } from './end-user-scope';
import { afterReference, type Direction, keysetOrder, keysetValue } from './keyset';
import { presentSimpleConversation } from './simple-conversation';
import { scrollOf } from '../../paging';

export const CONVERSATION_SORTS = ['created_at', '-created_at', 'updated_at', '-updated_at'] as const;
export type ConversationSort = (typeof CONVERSATION_SORTS)[number];

export interface ListConversationsInput {
  lastId?: string;
  limit: number;
  sortBy: ConversationSort;
  /** Web app only: just the pinned ones (true) or just the others (false). */
  pinned?: boolean;
}

/** `-updated_at` → newest update first; ties are broken by id (see keyset.ts). */
export function conversationSort(sortBy: ConversationSort) {
  const direction: Direction = sortBy.startsWith('-') ? 'desc' : 'asc';
  return { column: sortBy.endsWith('created_at') ? conversations.createdAt : conversations.updatedAt, direction };
}

function pinnedBy(scope: EndUserScope) {
  return and(
    eq(pinnedConversations.appId, scope.appId),
    eq(pinnedConversations.createdByRole, 'end_user'),
    eq(pinnedConversations.createdBy, scope.endUserId),
  );
}

/**
 * The end user's conversations started through the same surface, a page at a time: `last_id` is the
 * last item of the previous page (keyset on the sort field), unknown → 404.
 */
export async function listEndUserConversations(deps: AppDeps, scope: EndUserScope, input: ListConversationsInput) {
  const { db } = deps;
  const conditions: SQL[] = [ownedConversations(scope), eq(conversations.invokeFrom, scope.invokeFrom)];
  if (input.pinned !== undefined) {
    const pinned = db.select({ id: pinnedConversations.conversationId }).from(pinnedConversations).where(pinnedBy(scope));
    conditions.push(input.pinned ? inArray(conversations.id, pinned) : notInArray(conversations.id, pinned));
  }
  const { column, direction } = conversationSort(input.sortBy);
  if (input.lastId) {
    const [reference] = await db
      .select({ id: conversations.id, value: keysetValue(column) })
      .from(conversations)
      .where(and(...conditions, eq(conversations.id, input.lastId)));
    if (!reference) throw errors.notFound('not_found', 'Last Conversation Not Exists.');
    conditions.push(afterReference(column, conversations.id, reference, direction));
  }
  const rows = await db
    .select()
    .from(conversations)
    .where(and(...conditions))
    .orderBy(...keysetOrder(column, conversations.id, direction))
    .limit(input.limit + 1);
  const page = scrollOf(input.limit, rows);
  return { ...page, data: page.data.map(presentSimpleConversation) };
}
