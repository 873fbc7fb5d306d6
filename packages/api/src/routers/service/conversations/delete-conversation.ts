import { z } from 'zod';
import { deleteEndUserConversation } from '../../../services/conversations/end-user-conversations';
import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { deleteConversationMeta, ZDeleteConversationRequest } from './delete-conversation.types';

export const deleteConversationProcedure = chatAppKeyProcedure
  .meta(deleteConversationMeta)
  .input(ZDeleteConversationRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    await deleteEndUserConversation(ctx.deps, scope, input.conversation_id);
    ctx.response.setStatus(204);
  });
