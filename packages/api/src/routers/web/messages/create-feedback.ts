import { webAppScope } from '../../../services/conversations/end-user-scope';
import { rateOwnMessage } from '../../../services/feedback/rate-message';
import { passportProcedure } from '../passport-procedure';
import { createFeedbackMeta, ZCreateFeedbackRequest, ZCreateFeedbackResponse } from './create-feedback.types';

export const createFeedbackProcedure = passportProcedure
  .meta(createFeedbackMeta)
  .input(ZCreateFeedbackRequest)
  .output(ZCreateFeedbackResponse)
  .mutation(async ({ ctx, input }) => {
    await rateOwnMessage(ctx.deps, webAppScope(ctx.passport), input.message_id, { rating: input.rating, content: input.content });
    return { result: 'success' as const };
  });
