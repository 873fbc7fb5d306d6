import { z } from 'zod';
import { createChildChunk, deleteChildChunk, listChildChunks, updateChildChunk } from '../../../services/segments/child-chunk-ops';
import { zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

const tags = ['Knowledge segments'];
const BASE = '/datasets/{dataset_id}/documents/{document_id}/segments/{segment_id}/child_chunks';
const ZParent = ZDatasetIdInput.extend({ document_id: zId, segment_id: zId });
const ZChildPath = ZParent.extend({ child_chunk_id: zId });
const ZChild = z.looseObject({ id: z.string(), segment_id: z.string(), content: z.string(), position: z.number().int(), type: z.string() });

export const listChildChunksProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: BASE, tags, summary: "A parent segment's child chunks" }))
  .input(ZParent.extend({ page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().min(1).max(100).default(20), keyword: z.string().optional() }))
  .output(z.object({ data: z.array(ZChild), total: z.number().int(), total_pages: z.number().int(), page: z.number().int(), limit: z.number().int() }))
  .query(({ ctx, input }) => listChildChunks(ctx.deps, ctx.dataset, input.document_id, input.segment_id, input));

export const createChildChunkProcedure = datasetPathProcedure
  .meta(route({ method: 'POST', path: BASE, tags, summary: 'Add a child chunk; it is indexed at once' }))
  .input(ZParent.extend({ content: z.string().min(1) }))
  .output(z.object({ data: ZChild }))
  .mutation(({ ctx, input }) => createChildChunk(ctx.deps, ctx.actor, ctx.dataset, input.document_id, input.segment_id, input.content));

export const updateChildChunkProcedure = datasetPathProcedure
  .meta(route({ method: 'PATCH', path: `${BASE}/{child_chunk_id}`, tags, summary: 'Change a child chunk; it is indexed again' }))
  .input(ZChildPath.extend({ content: z.string().min(1) }))
  .output(z.object({ data: ZChild }))
  .mutation(({ ctx, input }) => updateChildChunk(ctx.deps, ctx.dataset, input.document_id, input.segment_id, input.child_chunk_id, input.content));

export const deleteChildChunkProcedure = datasetPathProcedure
  .meta(route({ method: 'DELETE', path: `${BASE}/{child_chunk_id}`, tags, summary: 'Delete a child chunk and its index entry', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZChildPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteChildChunk(ctx.deps, ctx.dataset, input.document_id, input.segment_id, input.child_chunk_id);
    ctx.response.setStatus(204);
  });
