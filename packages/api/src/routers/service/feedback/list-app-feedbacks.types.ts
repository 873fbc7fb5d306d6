import { z } from 'zod';
import { zUncappedPageParams } from '../../../paging';
import { ZAppFeedback } from '../../../services/feedback/app-feedbacks';
import { route } from '../../meta';

export const listAppFeedbacksMeta = route({
  method: 'GET',
  path: '/app/feedbacks',
  tags: ['Feedback'],
  summary: "Every feedback on the key's app, end users' and operators', newest first",
});
export const ZListAppFeedbacksRequest = z.object({
  page: zUncappedPageParams.page,
  limit: z.number().int().min(1).max(101).default(20),
});
export const ZListAppFeedbacksResponse = z.object({ data: z.array(ZAppFeedback) });
