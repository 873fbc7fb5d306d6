import { previewUploadFileText } from '../../../services/files/file-preview';
import { authedProcedure } from '../../../trpc';
import { getFilePreviewMeta, ZGetFilePreviewRequest, ZGetFilePreviewResponse } from './get-file-preview.types';

export const getFilePreviewProcedure = authedProcedure
  .meta(getFilePreviewMeta)
  .input(ZGetFilePreviewRequest)
  .output(ZGetFilePreviewResponse)
  .query(async ({ ctx, input }) => ({ content: await previewUploadFileText(ctx.deps, ctx.actor, input.file_id) }));
