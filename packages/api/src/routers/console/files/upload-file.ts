import { type PlainRoute } from '../../../http/surface';
import { AppError } from '../../../errors';
import { assertRole, DATASET_EDITING_ROLES } from '../../../services/authz';
import { toFileResponse, ZFileResponse } from '../../../services/files/file-response';
import { storeUpload } from '../../../services/files/upload-file';
import { largestUploadBytes } from '../../../services/files/upload-limits';
import { readUploadForm, takeSingleFile } from '../../files/upload-form';
import { uploadFileOpenApi } from './upload-file.types';

/** `POST /console/api/files/upload`: multipart, so served beside the OpenAPI adapter. */
export const uploadFileRoute: PlainRoute = {
  method: 'POST',
  path: '/files/upload',
  openapi: uploadFileOpenApi,
  async handle(ctx, req) {
    const actor = await ctx.getActor();
    if (!actor) throw new AppError('unauthorized', 'Unauthorized.', 401);
    const form = await readUploadForm(req, largestUploadBytes(ctx.deps.config.upload));
    const file = takeSingleFile(form);
    const source = form.fields.source === 'datasets' ? 'datasets' : null;
    if (source) assertRole(actor, DATASET_EDITING_ROLES);
    const row = await storeUpload(
      ctx.deps,
      { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
      { filename: file.filename, data: file.data, mimeType: file.contentType, source },
    );
    return Response.json(ZFileResponse.parse(toFileResponse(ctx.deps, row)), { status: 201 });
  },
};
