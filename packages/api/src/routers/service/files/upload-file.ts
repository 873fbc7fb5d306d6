import { definePlainRoute, multipartBody } from '../../../http/plain-route';
import { takeSingleFile } from '../../../http/upload-form';
import { storeEndUserUpload } from '../../../services/app-files/end-user-upload';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { toFileResponse, ZFileResponse } from '../../../services/files/file-response';
import { largestUploadBytes } from '../../../services/files/upload-limits';
import { serviceUploadFileDocs, ZServiceUploadFields } from './upload-file.types';

/** `POST /v1/files/upload`: the end user named by `user` uploads a file (201 FileResponse). */
export const serviceUploadFileRoute = definePlainRoute({
  method: 'POST',
  path: '/files/upload',
  auth: 'appKey',
  summary: serviceUploadFileDocs.summary,
  description: serviceUploadFileDocs.description,
  tags: serviceUploadFileDocs.tags,
  body: multipartBody(ZServiceUploadFields, (ctx) => largestUploadBytes(ctx.deps.config.upload)),
  responses: { 201: { description: 'Created', json: ZFileResponse }, ...serviceUploadFileDocs.errors },
  async handle({ ctx, caller: app, body }) {
    const file = takeSingleFile(body.form);
    const endUser = await serviceApiEndUser(ctx.deps, app, body.fields.user);
    const row = await storeEndUserUpload(
      ctx.deps,
      { workspaceId: app.workspaceId, appId: app.appId, endUserId: endUser.id },
      { filename: file.filename, data: file.data, mimeType: file.contentType },
    );
    return Response.json(ZFileResponse.parse(toFileResponse(ctx.deps, row)), { status: 201 });
  },
});
