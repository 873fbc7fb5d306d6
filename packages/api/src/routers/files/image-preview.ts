import { definePlainRoute } from '../../http/plain-route';
import { findSignedUploadFile, invalidSignature } from '../../services/files/signed-file';
import { unsupportedFileType } from '../../services/files/upload-file';
import { isImageExtension } from '../../services/files/upload-limits';
import { IMAGE_PREVIEW_RESPONSES, imagePreviewDocs } from './image-preview.types';
import { ZFileIdParams, ZSignedFileQuery } from './signed-query';
import { storedFileResponse } from './stored-file-response';

/** `GET /files/{file_id}/image-preview`: the deprecated image route, images only. */
export const imagePreviewRoute = definePlainRoute({
  method: 'GET',
  path: '/{file_id}/image-preview',
  auth: 'none',
  ...imagePreviewDocs,
  params: ZFileIdParams,
  query: ZSignedFileQuery,
  responses: IMAGE_PREVIEW_RESPONSES,
  async handle({ ctx, req, params, query }) {
    const file = await findSignedUploadFile(ctx.deps, 'image-preview', params.file_id, query);
    if (!isImageExtension(file.extension)) throw unsupportedFileType();
    return storedFileResponse(ctx.deps, req, file, { notFound: invalidSignature });
  },
});
