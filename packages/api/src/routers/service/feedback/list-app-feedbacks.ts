import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { listAppFeedbacks } from '../../../services/feedback/app-feedbacks';
import { listAppFeedbacksMeta, ZListAppFeedbacksRequest, ZListAppFeedbacksResponse } from './list-app-feedbacks.types';

export const listAppFeedbacksProcedure = appKeyWithoutUserProcedure
  .meta(listAppFeedbacksMeta)
  .input(ZListAppFeedbacksRequest)
  .output(ZListAppFeedbacksResponse)
  .query(({ ctx, input }) => listAppFeedbacks(ctx.deps, ctx.app, input));
