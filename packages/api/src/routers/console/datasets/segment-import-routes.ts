import { z } from 'zod';
import { errors } from '../../../errors';
import { readJsonBody } from '../../../http/body';
import { definePlainRoute } from '../../../http/plain-route';
import { readUploadForm, takeSingleFile } from '../../../http/upload-form';
import { startSegmentImport } from '../../../services/segments/batch-import';
import { UUID, zId } from '../../../validation';

const ZImportStarted = z.object({ job_id: z.string(), job_status: z.literal('waiting') });

/**
 * `POST …/segments/batch_import`: a plain route because Dify's console sends either JSON
 * `{upload_file_id}` (a file uploaded first) or, in older versions, the CSV itself as multipart.
 */
export const segmentsBatchImportRoute = definePlainRoute({
  method: 'POST',
  path: '/datasets/{dataset_id}/documents/{document_id}/segments/batch_import',
  auth: 'console',
  summary: 'Add segments to a document from a CSV file (a job)',
  description:
    'JSON `{"upload_file_id": …}` naming an uploaded `.csv` file, or multipart with the file in `file`. The first row is the header; ' +
    'each further row is a segment: its content, and for Q&A documents its answer in the second column. Poll the job at ' +
    '`/datasets/batch_import_status/{job_id}`.',
  tags: ['Knowledge segments'],
  params: z.object({ dataset_id: zId, document_id: zId }),
  responses: {
    200: { description: 'The job, waiting', json: ZImportStarted },
    400: { description: 'invalid_param: not a .csv file, no upload_file_id' },
    401: { description: 'No console session' },
    403: { description: 'No permission on the dataset' },
    404: { description: 'Dataset, document or uploaded file not found' },
    413: { description: 'file_too_large' },
  },
  async handle({ ctx, caller: actor, params, req }) {
    const multipart = (req.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
    if (multipart) {
      const form = await readUploadForm(req, ctx.deps.config.upload.fileSizeLimitMb * 1024 * 1024);
      const file = takeSingleFile(form);
      return Response.json(await startSegmentImport(ctx.deps, actor, params.dataset_id, params.document_id, { file }));
    }
    const body = (await readJsonBody(req, ctx.deps.config.maxJsonBodyBytes)) ?? {};
    const uploadFileId = body.upload_file_id;
    if (typeof uploadFileId !== 'string' || !UUID.test(uploadFileId)) throw errors.invalidParam('upload_file_id is required.', 'upload_file_id');
    return Response.json(await startSegmentImport(ctx.deps, actor, params.dataset_id, params.document_id, { uploadFileId }));
  },
});
