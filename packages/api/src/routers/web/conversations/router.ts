import { router } from '../../../trpc';
import { deleteConversationProcedure } from './delete-conversation';
import { getConversationProcedure } from './get-conversation';
import { listConversationsProcedure } from './list-conversations';
import {
  pinConversationPostProcedure,
  pinConversationProcedure,
  unpinConversationPostProcedure,
  unpinConversationProcedure,
} from './pin-conversation';
import { renameConversationProcedure } from './rename-conversation';

/** The visitor's conversations in a chat-family web app. */
export const webConversationsRouter = router({
  list: listConversationsProcedure,
  get: getConversationProcedure,
  delete: deleteConversationProcedure,
  rename: renameConversationProcedure,
  pin: pinConversationProcedure,
  pinPost: pinConversationPostProcedure,
  unpin: unpinConversationProcedure,
  unpinPost: unpinConversationPostProcedure,
});
