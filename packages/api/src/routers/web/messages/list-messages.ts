import { webAppScope } from '../../../services/conversations/end-user-scope';
import { listWebMessages } from '../../../services/messages/end-user-messages';
import { chatPassportProcedure } from '../app-mode-procedures';
import { listMessagesMeta, ZListMessagesRequest, ZListMessagesResponse } from './list-messages.types';

export const listMessagesProcedure = chatPassportProcedure
  .meta(listMessagesMeta)
  .input(ZListMessagesRequest)
  .output(ZListMessagesResponse)
  .query(({ ctx, input }) =>
    listWebMessages(ctx.deps, webAppScope(ctx.passport), { conversationId: input.conversation_id, firstId: input.first_id, limit: input.limit }),
  );
