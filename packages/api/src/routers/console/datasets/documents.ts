import { z } from 'zod';
import { editableDataset, readableDataset } from '../../../services/datasets/dataset-access';
import {
  batchIndexingStatus,
  deleteDocument,
  documentIndexingStatus,
  getDocumentDetail,
  listDocuments,
  pauseDocument,
  resumeDocument,
} from '../../../services/documents/document-ops';
import { authedProcedure } from '../../../trpc';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

const tags = ['Knowledge documents'];
const ZDocumentPath = ZDatasetIdInput.extend({ document_id: zId });
const ZConsoleDocument = z.looseObject({
  id: z.string(),
  name: z.string(),
  indexing_status: z.string(),
  display_status: z.string().nullable(),
  enabled: z.boolean(),
  archived: z.boolean(),
  error: z.string().nullable(),
  word_count: z.number().int().nullable(),
  hit_count: z.number().int().nullable(),
  doc_form: z.string(),
  created_at: z.number().int(),
});
const ZStatus = z.looseObject({ id: z.string(), indexing_status: z.string(), completed_segments: z.number().int(), total_segments: z.number().int() });

export const listDocumentsProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents', tags, summary: 'Documents of a knowledge base the member may see' }))
  .input(
    ZDatasetIdInput.extend({
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      keyword: z.string().optional(),
      status: z.string().optional(),
    }),
  )
  .output(z.object({ data: z.array(ZConsoleDocument), has_more: z.boolean(), limit: z.number().int(), total: z.number().int(), page: z.number().int() }))
  .query(async ({ ctx, input }) => listDocuments(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input));

export const getDocumentProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}', tags, summary: 'A document with its counts' }))
  .input(ZDocumentPath.extend({ metadata: z.string().optional() }))
  .output(z.looseObject({ id: z.string() }))
  .query(async ({ ctx, input }) => getDocumentDetail(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id, input.metadata));

export const deleteDocumentProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/documents/{document_id}', tags, summary: 'Delete a document and its index', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZDocumentPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteDocument(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id);
    ctx.response.setStatus(204);
  });

export const batchIndexingStatusProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/batch/{batch}/indexing-status', tags, summary: 'Indexing progress of one batch' }))
  .input(ZDatasetIdInput.extend({ batch: z.string().min(1).max(64) }))
  .output(z.object({ data: z.array(ZStatus) }))
  .query(async ({ ctx, input }) => batchIndexingStatus(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input.batch));

export const documentIndexingStatusProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}/indexing-status', tags, summary: 'Indexing progress of one document' }))
  .input(ZDocumentPath)
  .output(ZStatus)
  .query(async ({ ctx, input }) => documentIndexingStatus(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id));

export const pauseDocumentProcedure = authedProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/documents/{document_id}/processing/pause', tags, summary: 'Pause indexing between steps' }))
  .input(ZDocumentPath)
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await pauseDocument(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id);
    return { result: 'success' as const };
  });

export const resumeDocumentProcedure = authedProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/documents/{document_id}/processing/resume', tags, summary: 'Resume a paused indexing run where it stopped' }))
  .input(ZDocumentPath)
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await resumeDocument(ctx.deps, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_id);
    return { result: 'success' as const };
  });
