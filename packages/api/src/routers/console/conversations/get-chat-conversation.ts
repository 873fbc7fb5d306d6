import { getChatConversationLog } from '../../../services/conversations/conversation-log-detail';
import { authedProcedure } from '../../../trpc';
import { getChatConversationMeta, ZGetChatConversationRequest, ZGetChatConversationResponse } from './get-chat-conversation.types';

export const getChatConversationProcedure = authedProcedure
  .meta(getChatConversationMeta)
  .input(ZGetChatConversationRequest)
  .output(ZGetChatConversationResponse)
  .query(({ ctx, input }) => getChatConversationLog(ctx.deps, ctx.actor, input.app_id, input.conversation_id));
