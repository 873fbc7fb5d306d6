import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const suggestedQuestionsMeta = route({
  method: 'GET',
  path: '/messages/{message_id}/suggested-questions',
  tags: ['Messages'],
  summary: "Questions the visitor may ask next, after one of their messages (when the app's feature is on)",
});
export const ZSuggestedQuestionsRequest = z.object({ message_id: zId });
export const ZSuggestedQuestionsResponse = z.object({ data: z.array(z.string()) });
