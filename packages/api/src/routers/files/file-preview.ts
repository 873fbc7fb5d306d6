import { definePlainRoute } from '../../http/plain-route';
import { findSignedUploadFile, invalidSignature } from '../../services/files/signed-file';
import { filePreviewDocs } from './file-preview.types';
import { SIGNED_FILE_RESPONSES, ZFileIdParams, ZFilePreviewQuery } from './signed-query';
import { storedFileResponse } from './stored-file-response';

/** `GET /files/{file_id}/file-preview`: no login, the signature is the credential. */
export const filePreviewRoute = definePlainRoute({
  method: 'GET',
  path: '/{file_id}/file-preview',
  auth: 'none',
  ...filePreviewDocs,
  params: ZFileIdParams,
  query: ZFilePreviewQuery,
  responses: SIGNED_FILE_RESPONSES,
  async handle({ ctx, req, params, query }) {
    const file = await findSignedUploadFile(ctx.deps, 'file-preview', params.file_id, query);
    return storedFileResponse(ctx.deps, req, file, { asAttachment: query.as_attachment, notFound: invalidSignature });
  },
});
