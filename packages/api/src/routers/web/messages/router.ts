import { router } from '../../../trpc';
import { createFeedbackProcedure } from './create-feedback';
import { listMessagesProcedure } from './list-messages';
import { suggestedQuestionsProcedure } from './suggested-questions';

/** The visitor's messages: their history, their ratings, follow-up suggestions. */
export const webMessagesRouter = router({
  list: listMessagesProcedure,
  feedback: createFeedbackProcedure,
  suggestedQuestions: suggestedQuestionsProcedure,
});
