import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { suggestQuestionsAfterAnswer } from '../../../services/messages/suggested-questions';
import { chatAppKeyProcedure } from '../chat-app-procedure';
import { suggestedQuestionsMeta, ZSuggestedQuestionsRequest, ZSuggestedQuestionsResponse } from './suggested-questions.types';

export const suggestedQuestionsProcedure = chatAppKeyProcedure
  .meta(suggestedQuestionsMeta)
  .input(ZSuggestedQuestionsRequest)
  .output(ZSuggestedQuestionsResponse)
  .query(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: true });
    const data = await suggestQuestionsAfterAnswer(ctx.deps, scope, input.message_id, 'service');
    return { result: 'success' as const, data };
  });
