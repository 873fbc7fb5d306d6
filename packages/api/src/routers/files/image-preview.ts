import { type PlainRoute } from '../../http/surface';
import { findSignedUploadFile, invalidSignature } from '../../services/files/signed-file';
import { unsupportedFileType } from '../../services/files/upload-file';
import { isImageExtension } from '../../services/files/upload-limits';
import { imagePreviewOpenApi } from './image-preview.types';
import { readSignedQuery } from './signed-query';
import { storedFileResponse } from './stored-file-response';

/** `GET /files/{file_id}/image-preview`: the deprecated image route, images only. */
export const imagePreviewRoute: PlainRoute = {
  method: 'GET',
  path: '/{file_id}/image-preview',
  openapi: imagePreviewOpenApi,
  async handle(ctx, req, params) {
    const query = readSignedQuery(ctx.request.url);
    const file = await findSignedUploadFile(ctx.deps, 'image-preview', params.file_id ?? '', query);
    if (!isImageExtension(file.extension)) throw unsupportedFileType();
    return storedFileResponse(ctx.deps, req, file, { notFound: invalidSignature });
  },
};
