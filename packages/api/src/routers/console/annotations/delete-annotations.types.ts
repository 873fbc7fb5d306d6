import { z } from 'zod';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';

export const deleteAnnotationsMeta = route({
  method: 'DELETE',
  path: '/apps/{app_id}/annotations',
  tags: ['Annotations'],
  summary: 'Delete the annotations named by `annotation_id` (repeatable), or all of the app\'s annotations when none is named',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteAnnotationsRequest = ZAppIdInput.extend({
  annotation_id: z.union([z.string(), z.array(z.string())]).optional().describe('An annotation id; repeat the parameter for several'),
});
