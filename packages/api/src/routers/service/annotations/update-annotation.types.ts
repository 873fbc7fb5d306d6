import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAnnotation, ZAnnotationText } from '../../annotation.schemas';

export const updateAnnotationMeta = route({
  method: 'PUT',
  path: '/apps/annotations/{annotation_id}',
  tags: ['Annotations'],
  summary: "Change an annotation's question and answer",
});
export const ZUpdateAnnotationRequest = z.object({ annotation_id: zId, ...ZAnnotationText });
export const ZUpdateAnnotationResponse = ZAnnotation;
