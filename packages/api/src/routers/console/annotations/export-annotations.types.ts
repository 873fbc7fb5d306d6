import { z } from 'zod';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZAnnotation } from '../../annotation.schemas';

export const exportAnnotationsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotations/export',
  tags: ['Annotations'],
  summary: "Every annotation of the app, newest first; text that a spreadsheet would run as a formula starts with '",
});
export const ZExportAnnotationsRequest = ZAppIdInput;
export const ZExportAnnotationsResponse = z.object({ data: z.array(ZAnnotation) });
