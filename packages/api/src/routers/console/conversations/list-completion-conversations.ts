import { listCompletionConversationLogs } from '../../../services/conversations/conversation-logs';
import { authedProcedure } from '../../../trpc';
import {
  listCompletionConversationsMeta,
  ZListCompletionConversationsRequest,
  ZListCompletionConversationsResponse,
} from './list-completion-conversations.types';

export const listCompletionConversationsProcedure = authedProcedure
  .meta(listCompletionConversationsMeta)
  .input(ZListCompletionConversationsRequest)
  .output(ZListCompletionConversationsResponse)
  .query(({ ctx, input }) =>
    listCompletionConversationLogs(ctx.deps, ctx.actor, input.app_id, {
      keyword: input.keyword,
      start: input.start,
      end: input.end,
      annotationStatus: input.annotation_status,
      sortBy: '-created_at',
      page: input.page,
      limit: input.limit,
    }),
  );
