import { z } from 'zod';
import { deleteSegment, getSegment, listDatasetSegments, segmentDocumentId, updateSegment } from '../../../services/segments/segment-ops';
import { zBool, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

// The dataset-level segment paths: a segment found by its id among all of the dataset's documents.
const tags = ['Knowledge segments'];
const ZSegmentPath = ZDatasetIdInput.extend({ segment_id: zId });
const ZSegment = z.looseObject({ id: z.string(), document_id: z.string(), content: z.string(), position: z.number().int(), status: z.string() });
const ZOneSegment = z.object({ data: ZSegment, doc_form: z.string() });
const zStatusList = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')), z.array(z.string()).optional());

export const listDatasetSegmentsProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/segments', tags, summary: "The dataset's segments (or one document's, with document_id) by position" }))
  .input(
    ZDatasetIdInput.extend({
      document_id: zId.optional(),
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      status: zStatusList,
      keyword: z.string().optional(),
    }),
  )
  .output(z.object({ data: z.array(ZSegment), doc_form: z.string(), total: z.number().int(), has_more: z.boolean(), limit: z.number().int(), page: z.number().int() }))
  .query(({ ctx, input }) => listDatasetSegments(ctx.deps, ctx.dataset, input));

export const getDatasetSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/segments/{segment_id}', tags, summary: 'A segment of the dataset with its child chunks' }))
  .input(ZSegmentPath)
  .output(ZOneSegment)
  .query(async ({ ctx, input }) => getSegment(ctx.deps, ctx.dataset, await segmentDocumentId(ctx.deps, ctx.dataset, input.segment_id), input.segment_id));

const ZSegmentChange = z.object({
  content: z.string().min(1).nullish(),
  answer: z.string().nullish(),
  keywords: z.array(z.string()).nullish(),
  enabled: zBool.nullish(),
});

export const putDatasetSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'PUT', path: '/datasets/{dataset_id}/segments/{segment_id}', tags, summary: 'Change a segment (re-indexed) or disable it; the change in `segment` or at the top level' }))
  .input(ZSegmentPath.extend(ZSegmentChange.shape).extend({ segment: ZSegmentChange.nullish() }))
  .output(ZOneSegment)
  .mutation(async ({ ctx, input: { dataset_id: _d, segment_id, segment, ...top } }) => {
    const documentId = await segmentDocumentId(ctx.deps, ctx.dataset, segment_id);
    return updateSegment(ctx.deps, ctx.actor, ctx.dataset, documentId, segment_id, segment ?? top);
  });

export const deleteDatasetSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/segments/{segment_id}', tags, summary: 'Delete a segment and its index entries', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZSegmentPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteSegment(ctx.deps, ctx.dataset, await segmentDocumentId(ctx.deps, ctx.dataset, input.segment_id), input.segment_id);
    ctx.response.setStatus(204);
  });
