import { webAppScope } from '../../../services/conversations/end-user-scope';
import { listEndUserConversations } from '../../../services/conversations/list-conversations';
import { chatPassportProcedure } from '../app-mode-procedures';
import { listConversationsMeta, ZListConversationsRequest, ZListConversationsResponse } from './list-conversations.types';

export const listConversationsProcedure = chatPassportProcedure
  .meta(listConversationsMeta)
  .input(ZListConversationsRequest)
  .output(ZListConversationsResponse)
  .query(({ ctx, input }) =>
    listEndUserConversations(ctx.deps, webAppScope(ctx.passport), {
      lastId: input.last_id,
      limit: input.limit,
      sortBy: input.sort_by,
      pinned: input.pinned === undefined ? undefined : input.pinned === 'true',
    }),
  );
