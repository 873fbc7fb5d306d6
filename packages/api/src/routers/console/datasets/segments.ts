import { z } from 'zod';
import { editableDataset, readableDataset } from '../../../services/datasets/dataset-access';
import { createChildChunk, deleteChildChunk, listChildChunks, updateChildChunk } from '../../../services/segments/child-chunk-ops';
import { createSegments, deleteSegment, listSegments, updateSegment } from '../../../services/segments/segment-ops';
import { authedProcedure } from '../../../trpc';
import { zBool, zId } from '../../../validation';
import { ZDatasetIdInput, zQueryIdList } from '../../dataset.schemas';
import { route } from '../../meta';

const tags = ['Knowledge segments'];
const ZDocumentPath = ZDatasetIdInput.extend({ document_id: zId });
const ZSegmentPath = ZDocumentPath.extend({ segment_id: zId });
const ZChildPath = ZSegmentPath.extend({ child_chunk_id: zId });
const ZChild = z.looseObject({ id: z.string(), segment_id: z.string(), content: z.string(), position: z.number().int(), type: z.string() });
const ZSegment = z.looseObject({
  id: z.string(),
  content: z.string(),
  answer: z.string().nullable(),
  keywords: z.array(z.string()),
  position: z.number().int(),
  status: z.string(),
  enabled: z.boolean(),
  word_count: z.number().int(),
  hit_count: z.number().int(),
  child_chunks: z.array(ZChild),
});
const ZOneSegment = z.object({ data: ZSegment, doc_form: z.string() });
const zStatusList = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',')), z.array(z.string()).optional());
const zEnabledFilter = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : undefined), z.boolean().optional());

export const listSegmentsProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}/segments', tags, summary: "A document's segments by position, filtered by keyword, status and enabled" }))
  .input(
    ZDocumentPath.extend({
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      status: zStatusList,
      keyword: z.string().optional(),
      enabled: zEnabledFilter.describe('all (default), true or false'),
    }),
  )
  .output(z.object({ data: z.array(ZSegment), doc_form: z.string(), total: z.number().int(), has_more: z.boolean(), limit: z.number().int(), page: z.number().int() }))
  .query(async ({ ctx, input }) => listSegments(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input));

export const createSegmentProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/{document_id}/segment', tags, summary: 'Add one segment to a completed document; it is indexed at once' }))
  .input(ZDocumentPath.extend({ content: z.string().min(1), answer: z.string().nullish(), keywords: z.array(z.string()).nullish() }))
  .output(ZOneSegment)
  .mutation(async ({ ctx, input: { dataset_id, document_id, ...segment } }) => {
    const created = await createSegments(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, dataset_id), document_id, [segment]);
    return { data: created.data[0]!, doc_form: created.doc_form };
  });

export const updateSegmentProcedure = authedProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}', tags, summary: 'Change a segment’s content, answer or keywords; it is indexed again' }))
  .input(ZSegmentPath.extend({ content: z.string().min(1).nullish(), answer: z.string().nullish(), keywords: z.array(z.string()).nullish(), regenerate_child_chunks: zBool.nullish() }))
  .output(ZOneSegment)
  .mutation(async ({ ctx, input: { dataset_id, document_id, segment_id, ...segment } }) =>
    updateSegment(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, dataset_id), document_id, segment_id, segment),
  );

export const deleteSegmentsProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/documents/{document_id}/segments', tags, summary: 'Delete the segments named by `segment_id` query keys', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZDocumentPath.extend({ segment_id: zQueryIdList }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    const dataset = await editableDataset(ctx.deps, ctx.actor, input.dataset_id);
    for (const id of input.segment_id ?? []) await deleteSegment(ctx.deps, dataset, input.document_id, id);
    ctx.response.setStatus(204);
  });

export const listChildChunksProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}/child_chunks', tags, summary: "A parent segment's child chunks" }))
  .input(ZSegmentPath.extend({ page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().min(1).max(100).default(20), keyword: z.string().optional() }))
  .output(z.object({ data: z.array(ZChild), total: z.number().int(), total_pages: z.number().int(), page: z.number().int(), limit: z.number().int() }))
  .query(async ({ ctx, input }) => listChildChunks(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.segment_id, input));

export const createChildChunkProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}/child_chunks', tags, summary: 'Add a child chunk; it is indexed at once' }))
  .input(ZSegmentPath.extend({ content: z.string().min(1) }))
  .output(z.object({ data: ZChild }))
  .mutation(async ({ ctx, input }) =>
    createChildChunk(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.segment_id, input.content),
  );

export const updateChildChunkProcedure = authedProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}/child_chunks/{child_chunk_id}', tags, summary: 'Change a child chunk; it is indexed again' }))
  .input(ZChildPath.extend({ content: z.string().min(1) }))
  .output(z.object({ data: ZChild }))
  .mutation(async ({ ctx, input }) =>
    updateChildChunk(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.segment_id, input.child_chunk_id, input.content),
  );

export const deleteChildChunkProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}/child_chunks/{child_chunk_id}', tags, summary: 'Delete a child chunk', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZChildPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteChildChunk(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.segment_id, input.child_chunk_id);
    ctx.response.setStatus(204);
  });
