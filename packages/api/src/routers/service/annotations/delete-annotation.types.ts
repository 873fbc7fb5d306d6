import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const deleteAnnotationMeta = route({
  method: 'DELETE',
  path: '/apps/annotations/{annotation_id}',
  tags: ['Annotations'],
  summary: 'Delete an annotation and its hit history',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteAnnotationRequest = z.object({ annotation_id: zId });
