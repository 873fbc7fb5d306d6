import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { listEndUserConversations } from '../../../services/conversations/list-conversations';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { listConversationsMeta, ZListConversationsRequest, ZListConversationsResponse } from './list-conversations.types';

export const listConversationsProcedure = chatAppKeyProcedure
  .meta(listConversationsMeta)
  .input(ZListConversationsRequest)
  .output(ZListConversationsResponse)
  .query(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return listEndUserConversations(ctx.deps, scope, { lastId: input.last_id, limit: input.limit, sortBy: input.sort_by });
  });
