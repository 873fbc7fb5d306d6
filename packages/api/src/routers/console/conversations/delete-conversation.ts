import { z } from 'zod';
import { deleteConversationLog } from '../../../services/conversations/conversation-log-detail';
import { type LogKind } from '../../../services/conversations/log-app';
import { authedProcedure } from '../../../trpc';
import { deleteChatConversationMeta, deleteCompletionConversationMeta, ZDeleteConversationRequest } from './delete-conversation.types';

const deleteWith = (kind: LogKind) =>
  authedProcedure
    .meta(kind === 'chat' ? deleteChatConversationMeta : deleteCompletionConversationMeta)
    .input(ZDeleteConversationRequest)
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await deleteConversationLog(ctx.deps, ctx.actor, input.app_id, input.conversation_id, kind);
      ctx.response.setStatus(204);
    });

export const deleteChatConversationProcedure = deleteWith('chat');
export const deleteCompletionConversationProcedure = deleteWith('completion');
