import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZAnnotation } from '../../annotation.schemas';

export const createAnnotationMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/annotations',
  tags: ['Annotations'],
  summary: 'Add an annotation, or annotate an answer',
  description:
    'Without `message_id`, `question` and `answer` make a new annotation. With `message_id`, the answer of that message of this app ' +
    "is annotated (its annotation replaced if it has one); `question` defaults to the message's query. `content` is accepted for `answer`.",
});
export const ZCreateAnnotationRequest = ZAppIdInput.extend({
  message_id: zId.optional(),
  question: z.string().optional(),
  answer: z.string().optional(),
  content: z.string().optional(),
});
export const ZCreateAnnotationResponse = ZAnnotation;
