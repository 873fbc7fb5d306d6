import { appKeyProcedure } from '../../../auth/app-key';
import { serviceApiScope } from '../../../services/conversations/end-user-scope';
import { rateOwnMessage } from '../../../services/feedback/rate-message';
import { createFeedbackMeta, ZCreateFeedbackRequest, ZCreateFeedbackResponse } from './create-feedback.types';

export const createFeedbackProcedure = appKeyProcedure
  .meta(createFeedbackMeta)
  .input(ZCreateFeedbackRequest)
  .output(ZCreateFeedbackResponse)
  .mutation(async ({ ctx, input }) => {
    const scope = await serviceApiScope(ctx.deps, ctx.app, input.user, { required: true });
    await rateOwnMessage(ctx.deps, scope, input.message_id, { rating: input.rating, content: input.content });
    return { result: 'success' as const };
  });
