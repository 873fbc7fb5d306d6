import { z } from 'zod';
import { zId, zTimestamp } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { zPageOf, zUncappedPageParams } from '../../../paging';

export const listHitHistoriesMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotations/{annotation_id}/hit-histories',
  tags: ['Annotations'],
  summary: 'When an annotation answered: the question asked, its score, and what the annotation said then',
});
export const ZListHitHistoriesRequest = ZAppIdInput.extend({ annotation_id: zId, ...zUncappedPageParams });
const ZHitHistory = z
  .object({
    id: z.string(),
    source: z.string().describe('`api` (Service API, web app) or `console` (debugger, explore)'),
    score: z.number(),
    question: z.string(),
    created_at: zTimestamp,
    match: z.string().describe("The annotation's question when it answered"),
    response: z.string().describe("The annotation's answer when it answered"),
  })
  .meta({ id: 'AnnotationHitHistory' });
export const ZListHitHistoriesResponse = zPageOf(ZHitHistory);
