import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { route } from '../../meta';
import { zUser } from '../service-user.schemas';
import { feedbackFields } from '../../end-user-inputs.schemas';

export const createFeedbackMeta = route({
  method: 'POST',
  path: '/messages/{message_id}/feedbacks',
  tags: ['Feedback'],
  summary: "Like or dislike one of the end user's messages; null takes the rating back",
});
export const ZCreateFeedbackRequest = z.object({ message_id: zId, ...feedbackFields, user: zUser });
export const ZCreateFeedbackResponse = RESULT_SUCCESS;
