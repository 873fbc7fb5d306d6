import { webAppScope } from '../../../services/conversations/end-user-scope';
import { renameEndUserConversation } from '../../../services/conversations/rename-conversation';
import { chatPassportProcedure } from '../app-mode-procedures';
import { renameConversationMeta, ZRenameConversationRequest, ZRenameConversationResponse } from './rename-conversation.types';

export const renameConversationProcedure = chatPassportProcedure
  .meta(renameConversationMeta)
  .input(ZRenameConversationRequest)
  .output(ZRenameConversationResponse)
  .mutation(({ ctx, input }) =>
    renameEndUserConversation(ctx.deps, webAppScope(ctx.passport), input.conversation_id, { name: input.name, autoGenerate: input.auto_generate }),
  );
