import { getCompletionConversationLog } from '../../../services/conversations/conversation-log-detail';
import { authedProcedure } from '../../../trpc';
import {
  getCompletionConversationMeta,
  ZGetCompletionConversationRequest,
  ZGetCompletionConversationResponse,
} from './get-completion-conversation.types';

export const getCompletionConversationProcedure = authedProcedure
  .meta(getCompletionConversationMeta)
  .input(ZGetCompletionConversationRequest)
  .output(ZGetCompletionConversationResponse)
  .query(({ ctx, input }) => getCompletionConversationLog(ctx.deps, ctx.actor, input.app_id, input.conversation_id));
