import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';

export const deleteAnnotationMeta = route({
  method: 'DELETE',
  path: '/apps/{app_id}/annotations/{annotation_id}',
  tags: ['Annotations'],
  summary: 'Delete an annotation and its hit history',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteAnnotationRequest = ZAppIdInput.extend({ annotation_id: zId });
