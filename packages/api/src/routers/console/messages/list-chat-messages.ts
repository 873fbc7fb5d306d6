import { listConsoleChatMessages } from '../../../services/messages/console-messages';
import { authedProcedure } from '../../../trpc';
import { listChatMessagesMeta, ZListChatMessagesRequest, ZListChatMessagesResponse } from './list-chat-messages.types';

export const listChatMessagesProcedure = authedProcedure
  .meta(listChatMessagesMeta)
  .input(ZListChatMessagesRequest)
  .output(ZListChatMessagesResponse)
  .query(({ ctx, input }) =>
    listConsoleChatMessages(ctx.deps, ctx.actor, input.app_id, { conversationId: input.conversation_id, firstId: input.first_id, limit: input.limit }),
  );
