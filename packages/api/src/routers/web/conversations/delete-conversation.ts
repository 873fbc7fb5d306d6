import { z } from 'zod';
import { deleteEndUserConversation } from '../../../services/conversations/end-user-conversations';
import { webAppScope } from '../../../services/conversations/end-user-scope';
import { chatPassportProcedure } from '../app-mode-procedures';
import { deleteConversationMeta, ZDeleteConversationRequest } from './delete-conversation.types';

export const deleteConversationProcedure = chatPassportProcedure
  .meta(deleteConversationMeta)
  .input(ZDeleteConversationRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteEndUserConversation(ctx.deps, webAppScope(ctx.passport), input.conversation_id);
    ctx.response.setStatus(204);
  });
