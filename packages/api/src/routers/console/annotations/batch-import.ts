import { definePlainRoute, multipartBody } from '../../../http/plain-route';
import { takeSingleFile } from '../../../http/upload-form';
import { consoleEditorScope, importAnnotationsCsv } from '../../../services/annotations';
import { CSV_IMPORT_LIMITS } from '../../../services/annotations/annotation-csv';
import { batchImportDocs, ZBatchImportFields, ZBatchImportParams, ZBatchImportResponse } from './batch-import.types';

/** `POST /console/api/apps/{app_id}/annotations/batch-import`: multipart, so a plain route. */
export const batchImportRoute = definePlainRoute({
  method: 'POST',
  path: '/apps/{app_id}/annotations/batch-import',
  auth: 'console',
  summary: batchImportDocs.summary,
  description: batchImportDocs.description,
  tags: batchImportDocs.tags,
  params: ZBatchImportParams,
  body: multipartBody(ZBatchImportFields, () => CSV_IMPORT_LIMITS.maxFileBytes),
  responses: { 200: { description: 'The job, or why the file was refused', json: ZBatchImportResponse }, ...batchImportDocs.errors },
  async handle({ ctx, caller: actor, params, body }) {
    const scope = await consoleEditorScope(ctx.deps, actor, params.app_id);
    const file = takeSingleFile(body.form);
    return Response.json(ZBatchImportResponse.parse(await importAnnotationsCsv(ctx.deps, scope, file)));
  },
});
