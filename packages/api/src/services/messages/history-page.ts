import { type Message } from '@tessera/db';
import { conversationMessagesStore } from '../../data/conversation-messages';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';

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
  const page = await conversationMessagesStore(deps.db, conversation.workspaceId).historyPage(conversation, input);
  if (!page) throw errors.notFound('not_found', 'First Message Not Exists.');
  return page;
}
