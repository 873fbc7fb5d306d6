import { z } from 'zod';
import { editableDataset } from '../../../services/datasets/dataset-access';
import { createDocuments, initDataset, ZConsoleKnowledgeConfig } from '../../../services/documents/create-documents';
import { retryDocuments } from '../../../services/documents/retry-documents';
import { defaultProcessRule } from '../../../services/indexing/default-process-rule';
import { estimateIndexing, ZIndexingEstimateRequest } from '../../../services/indexing/estimate-indexing';
import { authedProcedure } from '../../../trpc';
import { zId } from '../../../validation';
import { ZDataset, ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

const tags = ['Knowledge documents'];
const ZCreated = z.object({ dataset: ZDataset, documents: z.array(z.looseObject({ id: z.string(), name: z.string(), indexing_status: z.string() })), batch: z.string() });

export const initDatasetProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/init', tags, summary: 'Create a knowledge base from uploaded files and start indexing them' }))
  .input(ZConsoleKnowledgeConfig)
  .output(ZCreated)
  .mutation(({ ctx, input }) => initDataset(ctx.deps, ctx.actor, input));

export const createDocumentsProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/documents', tags, summary: 'Add documents from uploaded files, in one batch' }))
  .input(ZDatasetIdInput.extend(ZConsoleKnowledgeConfig.shape))
  .output(ZCreated)
  .mutation(async ({ ctx, input: { dataset_id, ...config } }) => createDocuments(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, dataset_id), config));

export const processRuleProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/process-rule', tags, summary: 'The processing rule a new or re-processed document starts from' }))
  .input(z.object({ document_id: zId.optional() }))
  .output(z.object({ mode: z.string(), rules: z.record(z.string(), z.unknown()), limits: z.object({ indexing_max_segmentation_tokens_length: z.number().int() }) }))
  .query(({ ctx, input }) => defaultProcessRule(ctx.deps, ctx.actor, input.document_id));

export const indexingEstimateProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/indexing-estimate', tags, summary: 'Preview the chunks of files under a rule, before anything is indexed' }))
  .input(ZIndexingEstimateRequest)
  .output(
    z.object({
      total_segments: z.number().int(),
      preview: z.array(z.object({ content: z.string(), child_chunks: z.array(z.string()).nullable() })),
      qa_preview: z.array(z.object({ question: z.string(), answer: z.string() })),
      tokens: z.number().int(),
      total_price: z.number(),
      currency: z.string(),
    }),
  )
  .mutation(({ ctx, input }) => estimateIndexing(ctx.deps, ctx.actor, input));

export const retryDocumentsProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/retry', tags, summary: 'Index failed documents again', successDescription: 'Queued (HTTP 204)' }))
  .input(ZDatasetIdInput.extend({ document_ids: z.array(zId).min(1).max(100) }))
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await retryDocuments(ctx.deps, ctx.actor, await editableDataset(ctx.deps, ctx.actor, input.dataset_id), input.document_ids);
    ctx.response.setStatus(204);
  });
