import { webAppScope } from '../../../services/conversations/end-user-scope';
import { getSavedMessage } from '../../../services/messages/saved-messages';
import { completionPassportProcedure } from '../app-mode-procedures';
import { getSavedMessageMeta, ZGetSavedMessageResponse, ZSavedMessagePath } from './get-saved-message.types';

export const getSavedMessageProcedure = completionPassportProcedure
  .meta(getSavedMessageMeta)
  .input(ZSavedMessagePath)
  .output(ZGetSavedMessageResponse)
  .query(({ ctx, input }) => getSavedMessage(ctx.deps, webAppScope(ctx.passport), input.message_id));
