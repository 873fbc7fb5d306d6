import { definePlainRoute } from '../../../http/plain-route';
import { fileNotFound, findPreviewableUpload } from '../../../services/app-files/message-file-preview';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { storedFileResponse } from '../../files/stored-file-response';
import { previewFileDocs, ZPreviewFileParams, ZPreviewFileQuery } from './preview-file.types';

/**
 * Dify sends `public, max-age=3600`; the answer is authorised by an app key, so shared caches must
 * not keep it (they would hand it to anyone with the URL), while the caller's own cache still may.
 */
const PREVIEW_CACHE_CONTROL = 'private, max-age=3600';

/** `GET /v1/files/{file_id}/preview`: a file attached to a message of the key's app. */
export const servicePreviewFileRoute = definePlainRoute({
  method: 'GET',
  path: '/files/{file_id}/preview',
  auth: 'appKey',
  summary: previewFileDocs.summary,
  description: previewFileDocs.description,
  tags: previewFileDocs.tags,
  params: ZPreviewFileParams,
  query: ZPreviewFileQuery,
  responses: previewFileDocs.responses,
  async handle({ ctx, req, caller: app, params, query }) {
    const endUserId = query.user?.trim() ? (await serviceApiEndUser(ctx.deps, app, query.user)).id : undefined;
    const file = await findPreviewableUpload(ctx.deps, { workspaceId: app.workspaceId, appId: app.appId, endUserId }, params.file_id);
    return storedFileResponse(ctx.deps, req, file, {
      asAttachment: query.as_attachment,
      notFound: fileNotFound,
      cacheControl: PREVIEW_CACHE_CONTROL,
    });
  },
});
