import { z } from 'zod';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZAnnotationPage } from '../../annotation.schemas';
import { zUncappedPageParams } from '../../../paging';

export const listAnnotationsMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotations',
  tags: ['Annotations'],
  summary: "An app's annotations, newest first; `keyword` matches question or answer",
});
export const ZListAnnotationsRequest = ZAppIdInput.extend({ ...zUncappedPageParams, keyword: z.string().default('') });
export const ZListAnnotationsResponse = ZAnnotationPage;
