import { getEndUserConversation } from '../../../services/conversations/end-user-conversations';
import { webAppScope } from '../../../services/conversations/end-user-scope';
import { chatPassportProcedure } from '../app-mode-procedures';
import { getConversationMeta, ZGetConversationRequest, ZGetConversationResponse } from './get-conversation.types';

export const getConversationProcedure = chatPassportProcedure
  .meta(getConversationMeta)
  .input(ZGetConversationRequest)
  .output(ZGetConversationResponse)
  .query(({ ctx, input }) => getEndUserConversation(ctx.deps, webAppScope(ctx.passport), input.conversation_id));
