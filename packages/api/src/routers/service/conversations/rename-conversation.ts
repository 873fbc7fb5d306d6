import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { renameEndUserConversation } from '../../../services/conversations/rename-conversation';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { renameConversationMeta, ZRenameConversationRequest, ZRenameConversationResponse } from './rename-conversation.types';

export const renameConversationProcedure = chatAppKeyProcedure
  .meta(renameConversationMeta)
  .input(ZRenameConversationRequest)
  .output(ZRenameConversationResponse)
  .mutation(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: false });
    return renameEndUserConversation(ctx.deps, scope, input.conversation_id, { name: input.name, autoGenerate: input.auto_generate });
  });
