import { z } from 'zod';
import { webAppScope } from '../../../services/conversations/end-user-scope';
import { unsaveMessage } from '../../../services/messages/saved-messages';
import { completionPassportProcedure } from '../app-mode-procedures';
import { deleteSavedMessageMeta, ZDeleteSavedMessageRequest } from './delete-saved-message.types';

export const deleteSavedMessageProcedure = completionPassportProcedure
  .meta(deleteSavedMessageMeta)
  .input(ZDeleteSavedMessageRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await unsaveMessage(ctx.deps, webAppScope(ctx.passport), input.message_id);
    ctx.response.setStatus(204);
  });
