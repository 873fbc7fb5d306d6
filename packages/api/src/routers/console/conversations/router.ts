import { router } from '../../../trpc';
import { deleteChatConversationProcedure, deleteCompletionConversationProcedure } from './delete-conversation';
import { getChatConversationProcedure } from './get-chat-conversation';
import { getCompletionConversationProcedure } from './get-completion-conversation';
import { listChatConversationsProcedure } from './list-chat-conversations';
import { listCompletionConversationsProcedure } from './list-completion-conversations';

/** The logs of prompt apps: every conversation of the workspace's app, for its operators. */
export const conversationLogsRouter = router({
  listChat: listChatConversationsProcedure,
  getChat: getChatConversationProcedure,
  deleteChat: deleteChatConversationProcedure,
  listCompletion: listCompletionConversationsProcedure,
  getCompletion: getCompletionConversationProcedure,
  deleteCompletion: deleteCompletionConversationProcedure,
});
