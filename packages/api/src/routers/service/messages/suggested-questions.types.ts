import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { zUser } from '../service-user.schemas';

export const suggestedQuestionsMeta = route({
  method: 'GET',
  path: '/messages/{message_id}/suggested',
  tags: ['Messages'],
  summary: "Questions the end user may ask next, after one of their messages (when the app's feature is on)",
});
export const ZSuggestedQuestionsRequest = z.object({ message_id: zId, user: zUser });
export const ZSuggestedQuestionsResponse = z.object({ result: z.literal('success'), data: z.array(z.string()) });
