import { errors } from '../../../errors';
import { isChatMode } from '../../../services/apps/app-mode-gates';
import { webAppScope } from '../../../services/conversations/end-user-scope';
import { suggestQuestionsAfterAnswer } from '../../../services/messages/suggested-questions';
import { passportProcedure } from '../passport-procedure';
import { suggestedQuestionsMeta, ZSuggestedQuestionsRequest, ZSuggestedQuestionsResponse } from './suggested-questions.types';

export const suggestedQuestionsProcedure = passportProcedure
  .meta(suggestedQuestionsMeta)
  .input(ZSuggestedQuestionsRequest)
  .output(ZSuggestedQuestionsResponse)
  .query(async ({ ctx, input }) => {
    // Dify answers this chat-only endpoint on other apps with `not_completion_app` (sic); clients expect that code.
    if (!isChatMode(ctx.passport.mode)) {
      throw errors.badRequest('not_completion_app', 'Please check if your Completion app mode matches the right API route.');
    }
    return { data: await suggestQuestionsAfterAnswer(ctx.deps, webAppScope(ctx.passport), input.message_id, 'web') };
  });
