import { toRemoteUploadResponse, uploadRemoteFile } from '../../../services/app-files/remote-file-upload';
import { passportProcedure } from '../passport-procedure';
import { uploadRemoteFileMeta, ZUploadRemoteFileRequest, ZUploadRemoteFileResponse } from './upload-remote-file.types';

export const uploadRemoteFileProcedure = passportProcedure
  .meta(uploadRemoteFileMeta)
  .input(ZUploadRemoteFileRequest)
  .output(ZUploadRemoteFileResponse)
  .mutation(async ({ ctx, input }) => {
    const file = await uploadRemoteFile(ctx.deps, ctx.passport, input.url);
    ctx.response.setStatus(201);
    return toRemoteUploadResponse(ctx.deps, file);
  });
