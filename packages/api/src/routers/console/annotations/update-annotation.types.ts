import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZAnnotation, ZAnnotationText } from '../../annotation.schemas';

export const updateAnnotationMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/annotations/{annotation_id}',
  tags: ['Annotations'],
  summary: "Change an annotation's question and answer",
});
export const ZUpdateAnnotationRequest = ZAppIdInput.extend({ annotation_id: zId, ...ZAnnotationText });
export const ZUpdateAnnotationResponse = ZAnnotation;
