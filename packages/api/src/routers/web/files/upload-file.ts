import { definePlainRoute, multipartBody } from '../../../http/plain-route';
import { takeSingleFile } from '../../../http/upload-form';
import { storeEndUserUpload } from '../../../services/app-files/end-user-upload';
import { toFileResponse, ZFileResponse } from '../../../services/files/file-response';
import { largestUploadBytes } from '../../../services/files/upload-limits';
import { webUploadFileDocs, ZWebUploadFields } from './upload-file.types';

/** `POST /api/files/upload`: the passport's end user uploads a file (201 FileResponse). */
export const webUploadFileRoute = definePlainRoute({
  method: 'POST',
  path: '/files/upload',
  auth: 'passport',
  summary: webUploadFileDocs.summary,
  description: webUploadFileDocs.description,
  tags: webUploadFileDocs.tags,
  body: multipartBody(ZWebUploadFields, (ctx) => largestUploadBytes(ctx.deps.config.upload)),
  responses: { 201: { description: 'Created', json: ZFileResponse }, ...webUploadFileDocs.errors },
  async handle({ ctx, caller: passport, body }) {
    const file = takeSingleFile(body.form);
    const row = await storeEndUserUpload(ctx.deps, passport, {
      filename: file.filename,
      data: file.data,
      mimeType: file.contentType,
      source: body.fields.source === 'datasets' ? 'datasets' : null,
    });
    return Response.json(ZFileResponse.parse(toFileResponse(ctx.deps, row)), { status: 201 });
  },
});
