import { webAppScope } from '../../../services/conversations/end-user-scope';
import { listSavedMessages } from '../../../services/messages/saved-messages';
import { completionPassportProcedure } from '../app-mode-procedures';
import { listSavedMessagesMeta, ZListSavedMessagesRequest, ZListSavedMessagesResponse } from './list-saved-messages.types';

export const listSavedMessagesProcedure = completionPassportProcedure
  .meta(listSavedMessagesMeta)
  .input(ZListSavedMessagesRequest)
  .output(ZListSavedMessagesResponse)
  .query(({ ctx, input }) => listSavedMessages(ctx.deps, webAppScope(ctx.passport), { lastId: input.last_id, limit: input.limit }));
