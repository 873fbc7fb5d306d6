import { z } from 'zod';
import { addDocument, checkKnowledgeConfig, storeText } from '../../../services/documents/add-document';
import {
  batchIndexingStatus,
  deleteDocument,
  documentsForAction,
  findDocument,
  getDocumentDetail,
  listDocuments,
  setDocumentsStatus,
} from '../../../services/documents/document-ops';
import { ZKnowledgeConfig } from '../../../services/documents/knowledge-config';
import { updateDocument } from '../../../services/documents/update-document';
import { errors } from '../../../errors';
import { RESULT_SUCCESS, zId } from '../../../validation';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

const tags = ['Knowledge documents'];
const ZDocument = z.looseObject({ id: z.string(), name: z.string(), indexing_status: z.string(), position: z.number().int() });
const ZDocumentAndBatch = z.object({ document: ZDocument, batch: z.string() });
const ZDocumentPath = ZDatasetIdInput.extend({ document_id: zId });
const ZCreateByText = ZDatasetIdInput.extend({ name: z.string().min(1).max(255), text: z.string().min(1) }).extend(ZKnowledgeConfig.shape);

const createByText = (path: `/${string}`) =>
  datasetPathProcedure
    .meta(route({ method: 'POST', path, tags, summary: 'Add a document from text and start indexing it' }))
    .input(ZCreateByText)
    .output(ZDocumentAndBatch)
    .mutation(async ({ ctx, input: { dataset_id: _id, name, text, ...config } }) => {
      const checked = await checkKnowledgeConfig(ctx.deps, ctx.dataset, config, false);
      const file = await storeText(ctx.deps, ctx.actor, name, text);
      return addDocument(ctx.deps, ctx.actor, ctx.dataset, { name, file, checked, config, createdFrom: 'api' });
    });

export const createByTextProcedure = createByText('/datasets/{dataset_id}/document/create-by-text');
/** Deprecated spelling Dify still serves. */
export const createByTextLegacyProcedure = createByText('/datasets/{dataset_id}/document/create_by_text');

const ZUpdateByText = ZDocumentPath.extend({ name: z.string().min(1).max(255).nullish(), text: z.string().nullish() }).extend(ZKnowledgeConfig.shape);

const updateByText = (path: `/${string}`) =>
  datasetPathProcedure
    .meta(route({ method: 'POST', path, tags, summary: 'Replace a document’s text, name or rule; it is indexed again' }))
    .input(ZUpdateByText)
    .output(ZDocumentAndBatch)
    .mutation(async ({ ctx, input: { dataset_id: _id, document_id, name, text, ...config } }) => {
      if (text && !name) throw errors.invalidParam('name is required when text is provided');
      await findDocument(ctx.deps, ctx.dataset, document_id);
      const file = text ? await storeText(ctx.deps, ctx.actor, name!, text) : null;
      return updateDocument(ctx.deps, ctx.actor, ctx.dataset, document_id, { name, file, config });
    });

export const updateByTextProcedure = updateByText('/datasets/{dataset_id}/documents/{document_id}/update-by-text');
export const updateByTextLegacyProcedure = updateByText('/datasets/{dataset_id}/documents/{document_id}/update_by_text');

export const listDocumentsProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents', tags, summary: 'Documents, newest first, by name keyword and display status' }))
  .input(
    ZDatasetIdInput.extend({
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      keyword: z.string().optional(),
      status: z.string().optional(),
    }),
  )
  .output(z.object({ data: z.array(ZDocument), has_more: z.boolean(), limit: z.number().int(), total: z.number().int(), page: z.number().int() }))
  .query(({ ctx, input }) => listDocuments(ctx.deps, ctx.dataset, input));

export const getDocumentProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{document_id}', tags, summary: 'A document with its processing rule and counts' }))
  .input(ZDocumentPath.extend({ metadata: z.string().optional() }))
  .output(z.looseObject({ id: z.string() }))
  .query(({ ctx, input }) => getDocumentDetail(ctx.deps, ctx.dataset, input.document_id, input.metadata));

export const deleteDocumentProcedure = datasetPathProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}/documents/{document_id}', tags, summary: 'Delete a document and its index entries', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZDocumentPath)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteDocument(ctx.deps, ctx.dataset, input.document_id);
    ctx.response.setStatus(204);
  });

export const indexingStatusProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/{batch}/indexing-status', tags, summary: 'Indexing progress of the documents of one batch' }))
  .input(ZDatasetIdInput.extend({ batch: z.string().min(1).max(64) }))
  .output(z.object({ data: z.array(z.looseObject({ id: z.string(), indexing_status: z.string(), completed_segments: z.number().int(), total_segments: z.number().int() })) }))
  .query(({ ctx, input }) => batchIndexingStatus(ctx.deps, ctx.dataset, input.batch));

export const documentsStatusProcedure = datasetPathProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}/documents/status/{action}', tags, summary: 'Enable, disable, archive or un-archive documents' }))
  .input(ZDatasetIdInput.extend({ action: z.string(), document_ids: z.array(zId).max(1000).default([]) }))
  .output(RESULT_SUCCESS)
  .mutation(async ({ ctx, input }) => {
    await setDocumentsStatus(ctx.deps, ctx.actor, ctx.dataset, input.action, input.document_ids);
    return { result: 'success' as const };
  });

const zIdList = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(',').filter(Boolean)), z.array(zId).max(1000).optional());

export const documentsForActionProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/documents/status/{action}', tags, summary: 'The documents the same path’s PATCH would change, with their display status' }))
  .input(
    ZDatasetIdInput.extend({
      action: z.string().max(32),
      document_ids: zIdList,
      page: z.coerce.number().int().min(1).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  )
  .output(
    z.object({
      action: z.string(),
      data: z.array(z.object({ id: z.string(), name: z.string(), indexing_status: z.string(), display_status: z.string().nullable(), enabled: z.boolean(), archived: z.boolean() })),
      total: z.number().int(),
      page: z.number().int(),
      limit: z.number().int(),
      has_more: z.boolean(),
    }),
  )
  .query(({ ctx, input }) => documentsForAction(ctx.deps, ctx.dataset, input.action, input));
