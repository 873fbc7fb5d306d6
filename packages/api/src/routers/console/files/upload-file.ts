import { definePlainRoute, multipartBody } from '../../../http/plain-route';
import { takeSingleFile } from '../../../http/upload-form';
import { assertRole, DATASET_EDITING_ROLES } from '../../../services/authz';
import { toFileResponse, ZFileResponse } from '../../../services/files/file-response';
import { storeUpload } from '../../../services/files/upload-file';
import { largestUploadBytes } from '../../../services/files/upload-limits';
import { uploadFileDocs, ZUploadFileFields } from './upload-file.types';

/** `POST /console/api/files/upload`: multipart, so a plain route beside the OpenAPI adapter. */
export const uploadFileRoute = definePlainRoute({
  method: 'POST',
  path: '/files/upload',
  auth: 'console',
  summary: uploadFileDocs.summary,
  description: uploadFileDocs.description,
  tags: uploadFileDocs.tags,
  body: multipartBody(ZUploadFileFields, (ctx) => largestUploadBytes(ctx.deps.config.upload)),
  responses: { 201: { description: 'Created', json: ZFileResponse }, ...uploadFileDocs.errors },
  async handle({ ctx, caller: actor, body }) {
    const file = takeSingleFile(body.form);
    const source = body.fields.source === 'datasets' ? 'datasets' : null;
    if (source) assertRole(actor, DATASET_EDITING_ROLES);
    const row = await storeUpload(
      ctx.deps,
      { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
      { filename: file.filename, data: file.data, mimeType: file.contentType, source },
    );
    return Response.json(ZFileResponse.parse(toFileResponse(ctx.deps, row)), { status: 201 });
  },
});
