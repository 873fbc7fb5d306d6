import { z } from 'zod';
import { route } from '../../meta';
import { ZAnnotation, ZAnnotationText } from '../../annotation.schemas';

export const createAnnotationMeta = route({
  method: 'POST',
  path: '/apps/annotations',
  tags: ['Annotations'],
  summary: 'Add an annotation (authored by the workspace owner)',
  successDescription: 'Created (HTTP 201)',
});
export const ZCreateAnnotationRequest = z.object(ZAnnotationText);
export const ZCreateAnnotationResponse = ZAnnotation;
