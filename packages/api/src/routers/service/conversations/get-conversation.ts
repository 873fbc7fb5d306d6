import { getEndUserConversation } from '../../../services/conversations/end-user-conversations';
import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { getConversationMeta, ZGetConversationRequest, ZGetConversationResponse } from './get-conversation.types';

export const getConversationProcedure = chatAppKeyProcedure
  .meta(getConversationMeta)
  .input(ZGetConversationRequest)
  .output(ZGetConversationResponse)
  .query(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return getEndUserConversation(ctx.deps, scope, input.conversation_id);
  });
