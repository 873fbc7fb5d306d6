import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { feedbackFields } from '../../end-user-inputs.schemas';
import { route } from '../../meta';

export const createFeedbackMeta = route({
  method: 'POST',
  path: '/messages/{message_id}/feedbacks',
  tags: ['Messages'],
  summary: "Like or dislike one of the visitor's messages; null takes the rating back",
});
export const ZCreateFeedbackRequest = z.object({ message_id: zId, ...feedbackFields });
export const ZCreateFeedbackResponse = RESULT_SUCCESS;
