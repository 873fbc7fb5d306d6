import { router } from '../../../trpc';
import { listMessagesProcedure } from './list-messages';
import { suggestedQuestionsProcedure } from './suggested-questions';

/** The end user's messages on the Service API (chat-family apps). */
export const serviceMessagesRouter = router({
  list: listMessagesProcedure,
  suggested: suggestedQuestionsProcedure,
});
