import { z } from 'zod';
import { errors } from '../../../errors';
import { definePlainRoute } from '../../../http/plain-route';
import { editableDataset } from '../../../services/datasets/dataset-access';
import { setDocumentsStatus } from '../../../services/documents/document-ops';
import { updateSegment } from '../../../services/segments/segment-ops';
import { UUID, zId } from '../../../validation';

const ZResult = z.object({ result: z.literal('success') });
const errorsDoc = {
  400: { description: 'invalid_action, or an id that is not a UUID (invalid_param)' },
  401: { description: 'No console session' },
  403: { description: 'No permission on the dataset' },
  404: { description: 'Dataset or document not found' },
};

/** Ids Dify reads with `getlist`: repeated query keys (plain routes, since the adapter reads no query on PATCH). */
function idList(req: Request, key: string): string[] {
  const ids = new URL(req.url).searchParams.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const bad = ids.find((id) => !UUID.test(id));
  if (bad) throw errors.invalidParam(`${key} must be UUIDs`, key);
  return [...new Set(ids)];
}

export const documentsStatusBatchRoute = definePlainRoute({
  method: 'PATCH',
  path: '/datasets/{dataset_id}/documents/status/{action}/batch',
  auth: 'console',
  summary: 'Enable, disable, archive or un-archive the documents named by `document_id` query keys',
  tags: ['Knowledge documents'],
  params: z.object({ dataset_id: zId, action: z.string() }),
  responses: { 200: { description: 'Done', json: ZResult }, ...errorsDoc },
  async handle({ ctx, caller: actor, params, req }) {
    const dataset = await editableDataset(ctx.deps, actor, params.dataset_id);
    await setDocumentsStatus(ctx.deps, actor, dataset, params.action, idList(req, 'document_id'));
    return Response.json({ result: 'success' });
  },
});

export const segmentsStatusRoute = definePlainRoute({
  method: 'PATCH',
  path: '/datasets/{dataset_id}/documents/{document_id}/segment/{action}',
  auth: 'console',
  summary: 'Enable or disable the segments named by `segment_id` query keys',
  tags: ['Knowledge segments'],
  params: z.object({ dataset_id: zId, document_id: zId, action: z.string() }),
  responses: { 200: { description: 'Done', json: ZResult }, ...errorsDoc },
  async handle({ ctx, caller: actor, params, req }) {
    const dataset = await editableDataset(ctx.deps, actor, params.dataset_id);
    if (params.action !== 'enable' && params.action !== 'disable') throw errors.badRequest('invalid_action', `Invalid action: ${params.action}`);
    for (const id of idList(req, 'segment_id')) await updateSegment(ctx.deps, actor, dataset, params.document_id, id, { enabled: params.action === 'enable' });
    return Response.json({ result: 'success' });
  },
});

export const datasetStatusRoutes = [documentsStatusBatchRoute, segmentsStatusRoute];
