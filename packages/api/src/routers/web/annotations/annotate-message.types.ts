import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAnnotation } from '../../annotation.schemas';

export const annotateMessageMeta = route({
  method: 'POST',
  path: '/messages/{message_id}/annotations',
  tags: ['Annotations'],
  summary: 'Annotate an answer from the web app (a signed-in editor of a private web app)',
  description:
    "Dify 1.12 serves this only in the console (`POST /console/api/apps/{app_id}/annotations` with `message_id`); here a web app's " +
    'passport may do the same for its own app when it carries a workspace member who may edit apps, and only for an answer the ' +
    "passport's end user received. The answer's annotation is created or replaced; `question` defaults to the message's query.",
});
export const ZAnnotateMessageRequest = z.object({
  message_id: zId,
  question: z.string().optional(),
  answer: z.string().optional(),
  content: z.string().optional(),
});
export const ZAnnotateMessageResponse = ZAnnotation;
