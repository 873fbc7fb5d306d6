import { router } from '../../../trpc';
import { deleteConversationProcedure } from './delete-conversation';
import { getConversationProcedure } from './get-conversation';
import { listConversationVariablesProcedure } from './list-conversation-variables';
import { listConversationsProcedure } from './list-conversations';
import { renameConversationProcedure } from './rename-conversation';
import { updateConversationVariableProcedure } from './update-conversation-variable';

/** The end user's conversations on the Service API (chat-family apps). */
export const serviceConversationsRouter = router({
  list: listConversationsProcedure,
  get: getConversationProcedure,
  delete: deleteConversationProcedure,
  rename: renameConversationProcedure,
  variables: listConversationVariablesProcedure,
  updateVariable: updateConversationVariableProcedure,
});
