import { listChatConversationLogs } from '../../../services/conversations/conversation-logs';
import { authedProcedure } from '../../../trpc';
import { listChatConversationsMeta, ZListChatConversationsRequest, ZListChatConversationsResponse } from './list-chat-conversations.types';

export const listChatConversationsProcedure = authedProcedure
  .meta(listChatConversationsMeta)
  .input(ZListChatConversationsRequest)
  .output(ZListChatConversationsResponse)
  .query(({ ctx, input }) =>
    listChatConversationLogs(ctx.deps, ctx.actor, input.app_id, {
      keyword: input.keyword,
      start: input.start,
      end: input.end,
      annotationStatus: input.annotation_status,
      messageCountGte: input.message_count_gte,
      sortBy: input.sort_by,
      page: input.page,
      limit: input.limit,
    }),
  );
