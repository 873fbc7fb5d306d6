import { z } from 'zod';
import { type AppError as AppErrorType, errors, findAppError } from '../../../errors';
import { definePlainRoute, multipartBody } from '../../../http/plain-route';
import { takeSingleFile } from '../../../http/upload-form';
import { type Actor, type Context } from '../../../context';
import { datasetStore } from '../../../data/datasets/dataset-store';
import { addDocument, checkKnowledgeConfig } from '../../../services/documents/add-document';
import { findDocument } from '../../../services/documents/document-ops';
import { ZKnowledgeConfig } from '../../../services/documents/knowledge-config';
import { updateDocument } from '../../../services/documents/update-document';
import { storeUpload } from '../../../services/files/upload-file';
import { largestUploadBytes } from '../../../services/files/upload-limits';
import { zId } from '../../../validation';

const ZFields = z.object({ data: z.string().optional().describe('JSON: indexing_technique, doc_form, process_rule, retrieval_model…') });
const ZDocumentAndBatch = z.object({ document: z.looseObject({ id: z.string() }), batch: z.string() });
const errorsDoc = {
  400: { description: 'no_file_uploaded, too_many_files, filename_not_exists_error, provider_not_initialize or invalid_param' },
  401: { description: 'Missing or invalid knowledge API key' },
  403: { description: 'The dataset is closed to the API' },
  404: { description: 'Dataset or document not found' },
};

/** The dataset gate of Dify's knowledge API wrapper, for plain routes. */
async function gatedDataset(ctx: Context, actor: Actor, datasetId: string) {
  const dataset = await datasetStore(ctx.deps.db, actor.workspaceId).find(datasetId);
  if (!dataset) throw errors.notFound('not_found', 'Dataset not found.');
  if (!dataset.enableApi) throw errors.notPermitted('forbidden', 'Dataset api access is not enabled.');
  return dataset;
}

function parseConfig(data: string | undefined) {
  if (!data) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    throw errors.invalidParam('data is not valid JSON.', 'data');
  }
  const parsed = ZKnowledgeConfig.safeParse(raw);
  if (!parsed.success) throw errors.invalidParam(`Invalid data: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`, 'data');
  return parsed.data;
}

const createByFile = (path: string, operationId: string, deprecated = false) =>
  definePlainRoute({
    method: 'POST',
    path,
    operationId,
    deprecated,
    auth: 'datasetKey',
    summary: 'Add a document from an uploaded file and start indexing it',
    tags: ['Knowledge documents'],
    params: z.object({ dataset_id: zId }),
    body: multipartBody(ZFields, (ctx) => largestUploadBytes(ctx.deps.config.upload)),
    responses: { 200: { description: 'The document and its batch', json: ZDocumentAndBatch }, ...errorsDoc },
    async handle({ ctx, caller: actor, params, body }) {
      const dataset = await gatedDataset(ctx, actor, params.dataset_id);
      const file = takeSingleFile(body.form);
      const config = parseConfig(body.fields.data);
      const checked = await checkKnowledgeConfig(ctx.deps, dataset, config, true);
      const upload = await storeUpload(
        ctx.deps,
        { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
        { filename: file.filename, data: file.data, mimeType: file.contentType, source: 'datasets' },
      ).catch((error: unknown) => {
        // Dify's create-by-file answers upload failures as invalid_param (contract §10.20).
        const appError = findAppError(error) as AppErrorType | undefined;
        throw appError ? errors.invalidParam(appError.message) : error;
      });
      return Response.json(await addDocument(ctx.deps, actor, dataset, { name: upload.name, file: upload, checked, config, createdFrom: 'api' }));
    },
  });

const updateByFile = (method: 'POST' | 'PATCH', path: string, operationId: string, deprecated = false) =>
  definePlainRoute({
    method,
    path,
    operationId,
    deprecated,
    auth: 'datasetKey',
    summary: 'Replace a document’s file or rule; it is indexed again',
    tags: ['Knowledge documents'],
    params: z.object({ dataset_id: zId, document_id: zId }),
    body: multipartBody(ZFields, (ctx) => largestUploadBytes(ctx.deps.config.upload)),
    responses: { 200: { description: 'The document and its batch', json: ZDocumentAndBatch }, ...errorsDoc, 413: { description: 'file_too_large' }, 415: { description: 'unsupported_file_type' } },
    async handle({ ctx, caller: actor, params, body }) {
      const dataset = await gatedDataset(ctx, actor, params.dataset_id);
      await findDocument(ctx.deps, dataset, params.document_id);
      const config = parseConfig(body.fields.data);
      const part = body.form.files.length > 0 ? takeSingleFile(body.form) : null;
      const upload = part
        ? await storeUpload(
            ctx.deps,
            { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
            { filename: part.filename, data: part.data, mimeType: part.contentType, source: 'datasets' },
          )
        : null;
      return Response.json(await updateDocument(ctx.deps, actor, dataset, params.document_id, { name: upload?.name ?? null, file: upload, config }));
    },
  });

export const documentFileRoutes = [
  createByFile('/datasets/{dataset_id}/document/create-by-file', 'createDocumentByFile'),
  createByFile('/datasets/{dataset_id}/document/create_by_file', 'createDocumentByFileLegacy', true),
  updateByFile('PATCH', '/datasets/{dataset_id}/documents/{document_id}', 'updateDocumentByFile'),
  updateByFile('POST', '/datasets/{dataset_id}/documents/{document_id}/update-by-file', 'updateDocumentByFilePost', true),
  updateByFile('POST', '/datasets/{dataset_id}/documents/{document_id}/update_by_file', 'updateDocumentByFileLegacy', true),
];
