import { rateMessageAsAdmin } from '../../../services/feedback/rate-message';
import { authedProcedure } from '../../../trpc';
import { createAdminFeedbackMeta, ZCreateAdminFeedbackRequest, ZCreateAdminFeedbackResponse } from './create-admin-feedback.types';

export const createAdminFeedbackProcedure = authedProcedure
  .meta(createAdminFeedbackMeta)
  .input(ZCreateAdminFeedbackRequest)
  .output(ZCreateAdminFeedbackResponse)
  .mutation(async ({ ctx, input }) => {
    await rateMessageAsAdmin(ctx.deps, ctx.actor, input.app_id, { messageId: input.message_id, rating: input.rating, content: input.content });
    return { result: 'success' as const };
  });
