import { and, eq, type SQL } from 'drizzle-orm';
import { type Message, messages } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { afterReference, keysetOrder, keysetValue } from '../conversations/keyset';

export interface HistoryPageInput {
  firstId?: string;
  limit: number;
}

/**
 * A page of a conversation's messages, paged backwards in time as chat windows scroll up: the newest
 * `limit` ones, or the `limit` before `first_id` (the oldest of the page shown). Within a page they
 * run oldest first. The conversation is already known to be the caller's.
 */
export async function historyPage(
  deps: AppDeps,
  conversation: { id: string; appId: string; workspaceId: string },
  input: HistoryPageInput,
): Promise<{ rows: Message[]; hasMore: boolean }> {
  const conditions: SQL[] = [
    eq(messages.conversationId, conversation.id),
    eq(messages.appId, conversation.appId),
    eq(messages.workspaceId, conversation.workspaceId),
  ];
  if (input.firstId) {
    const [reference] = await deps.db
      .select({ id: messages.id, value: keysetValue(messages.createdAt) })
      .from(messages)
      .where(and(...conditions, eq(messages.id, input.firstId)));
    if (!reference) throw errors.notFound('not_found', 'First Message Not Exists.');
    conditions.push(afterReference(messages.createdAt, messages.id, reference, 'desc'));
  }
  const rows = await deps.db
    .select()
    .from(messages)
    .where(and(...conditions))
    .orderBy(...keysetOrder(messages.createdAt, messages.id, 'desc'))
    .limit(input.limit + 1);
  return { rows: rows.slice(0, input.limit).reverse(), hasMore: rows.length > input.limit };
}
