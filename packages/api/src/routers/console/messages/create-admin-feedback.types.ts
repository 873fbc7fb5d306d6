import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { feedbackFields } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

export const createAdminFeedbackMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/feedbacks',
  tags: ['Logs'],
  summary: "An operator's like or dislike on a message of the app; null takes it back",
});
export const ZCreateAdminFeedbackRequest = z.object({ app_id: zId, message_id: zId, ...feedbackFields });
export const ZCreateAdminFeedbackResponse = RESULT_SUCCESS;
