import { router } from '../../../trpc';
import { createAdminFeedbackProcedure } from './create-admin-feedback';
import { getMessageProcedure } from './get-message';
import { listChatMessagesProcedure } from './list-chat-messages';

/** Messages in the logs of prompt apps, and operators' feedback on them. */
export const messageLogsRouter = router({
  listChat: listChatMessagesProcedure,
  get: getMessageProcedure,
  feedback: createAdminFeedbackProcedure,
});
