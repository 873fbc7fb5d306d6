import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { listServiceMessages } from '../../../services/messages/end-user-messages';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { listMessagesMeta, ZListMessagesRequest, ZListMessagesResponse } from './list-messages.types';

export const listMessagesProcedure = chatAppKeyProcedure
  .meta(listMessagesMeta)
  .input(ZListMessagesRequest)
  .output(ZListMessagesResponse)
  .query(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return listServiceMessages(ctx.deps, scope, { conversationId: input.conversation_id, firstId: input.first_id, limit: input.limit });
  });
