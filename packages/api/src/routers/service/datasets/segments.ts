import { z } from 'zod';
import { createSegments, deleteSegment, getSegment, listSegments, updateSegment } from '../../../services/segments/segment-ops';
import { zBool, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

const tags = ['Knowledge segments'];
const ZSegmentsPath = ZDatasetIdInput.extend({ document_id: zId });
const ZSegmentPath = ZSegmentsPath.extend({ segment_id: zId });
const ZSegment = z.looseObject({ id: z.string(), content: z.string(), position: z.number().int(), status: z.string() });
const ZOneSegment = z.object({ data: ZSegment, doc_form: z.string() });
const zStatusList = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')), z.array(z.string()).optional());

export const listSegmentsProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}/segments', tags, summary: "A document's segments by position" }))
  .input(
    ZSegmentsPath.extend({
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      status: zStatusList,
      keyword: z.string().optional(),
    }),
  )
  .output(z.object({ data: z.array(ZSegment), doc_form: z.string(), total: z.number().int(), has_more: z.boolean(), limit: z.number().int(), page: z.number().int() }))
  .query(({ ctx, input }) => listSegments(ctx.deps, ctx.dataset, input.document_id, input));

export const createSegmentsProcedure = datasetPathProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/{document_id}/segments', tags, summary: 'Add segments to a completed document; they are indexed at once' }))
  .input(
    ZSegmentsPath.extend({
      segments: z
        .array(z.object({ content: z.string().min(1), answer: z.string().nullish(), keywords: z.array(z.string()).nullish(), attachment_ids: z.array(z.string()).nullish() }))
        .min(1)
        .max(1000),
    }),
  )
  .output(z.object({ data: z.array(ZSegment), doc_form: z.string() }))
  .mutation(({ ctx, input }) => createSegments(ctx.deps, ctx.actor, ctx.dataset, input.document_id, input.segments));

export const getSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}', tags, summary: 'A segment with its child chunks' }))
  .input(ZSegmentPath)
  .output(ZOneSegment)
  .query(({ ctx, input }) => getSegment(ctx.deps, ctx.dataset, input.document_id, input.segment_id));

export const updateSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}', tags, summary: 'Change a segment (re-indexed) or disable it' }))
  .input(
    ZSegmentPath.extend({
      segment: z.object({
        content: z.string().min(1).nullish(),
        answer: z.string().nullish(),
        keywords: z.array(z.string()).nullish(),
        enabled: zBool.nullish(),
        regenerate_child_chunks: zBool.nullish(),
        attachment_ids: z.array(z.string()).nullish(),
        summary: z.string().nullish(),
      }),
    }),
  )
  .output(ZOneSegment)
  .mutation(({ ctx, input }) => updateSegment(ctx.deps, ctx.actor, ctx.dataset, input.document_id, input.segment_id, input.segment));

export const deleteSegmentProcedure = datasetPathProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}', tags, summary: 'Delete a segment and its index entries', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZSegmentPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteSegment(ctx.deps, ctx.dataset, input.document_id, input.segment_id);
    ctx.response.setStatus(204);
  });
