import { endUserConversationsStore, type ConversationSort } from '../../data/end-user-conversations';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { scrollOf } from '../../paging';
import { type EndUserScope } from './end-user-scope';
import { presentSimpleConversation } from './simple-conversation';

export { CONVERSATION_SORTS, conversationSort, type ConversationSort } from '../../data/end-user-conversations';

export interface ListConversationsInput {
  lastId?: string;
  limit: number;
  sortBy: ConversationSort;
  /** Web app only: just the pinned ones (true) or just the others (false). */
  pinned?: boolean;
}

/**
 * The end user's conversations started through the same surface, a page at a time: `last_id` is the
 * last item of the previous page (keyset on the sort field), unknown → 404.
 */
export async function listEndUserConversations(deps: AppDeps, scope: EndUserScope, input: ListConversationsInput) {
  const rows = await endUserConversationsStore(deps.db, scope.workspaceId).page(scope, {
    invokeFrom: scope.invokeFrom,
    sortBy: input.sortBy,
    lastId: input.lastId,
    limit: input.limit + 1,
    pinned: input.pinned,
  });
  if (!rows) throw errors.notFound('not_found', 'Last Conversation Not Exists.');
  const page = scrollOf(input.limit, rows);
  return { ...page, data: page.data.map(presentSimpleConversation) };
}
