import { z } from 'zod';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';

export const countAnnotationsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotations/count',
  tags: ['Annotations'],
  summary: 'How many annotations the app has (any member of the workspace)',
});
export const ZCountAnnotationsRequest = ZAppIdInput;
export const ZCountAnnotationsResponse = z.object({ count: z.number().int() });
