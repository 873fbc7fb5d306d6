import { webAppScope } from '../../../services/conversations/end-user-scope';
import { saveMessage } from '../../../services/messages/saved-messages';
import { completionPassportProcedure } from '../app-mode-procedures';
import { saveMessageMeta, ZSaveMessageRequest, ZSaveMessageResponse } from './save-message.types';

export const saveMessageProcedure = completionPassportProcedure
  .meta(saveMessageMeta)
  .input(ZSaveMessageRequest)
  .output(ZSaveMessageResponse)
  .mutation(async ({ ctx, input }) => {
    await saveMessage(ctx.deps, webAppScope(ctx.passport), input.message_id);
    return { result: 'success' as const };
  });
