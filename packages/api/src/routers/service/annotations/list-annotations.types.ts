import { z } from 'zod';
import { route } from '../../meta';
import { ZAnnotationPage } from '../../annotation.schemas';
import { zUncappedPageParams } from '../../../paging';

export const listAnnotationsMeta = route({
  method: 'GET',
  path: '/apps/annotations',
  tags: ['Annotations'],
  summary: "The key's app's annotations, newest first; `keyword` matches question or answer",
});
export const ZListAnnotationsRequest = z.object({ ...zUncappedPageParams, keyword: z.string().default('') });
export const ZListAnnotationsResponse = ZAnnotationPage;
