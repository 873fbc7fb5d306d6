import { type PlainRoute } from '../../http/surface';
import { findSignedUploadFile, invalidSignature } from '../../services/files/signed-file';
import { filePreviewOpenApi } from './file-preview.types';
import { readSignedQuery } from './signed-query';
import { storedFileResponse } from './stored-file-response';

/** `GET /files/{file_id}/file-preview`: no login, the signature is the credential. */
export const filePreviewRoute: PlainRoute = {
  method: 'GET',
  path: '/{file_id}/file-preview',
  openapi: filePreviewOpenApi,
  async handle(ctx, req, params) {
    const query = readSignedQuery(ctx.request.url);
    const file = await findSignedUploadFile(ctx.deps, 'file-preview', params.file_id ?? '', query);
    return storedFileResponse(ctx.deps, req, file, { asAttachment: query.as_attachment, notFound: invalidSignature });
  },
};
