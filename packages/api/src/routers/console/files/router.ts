import { router } from '../../../trpc';
import { getFilePreviewProcedure } from './get-file-preview';
import { getSupportTypeProcedure } from './get-support-type';
import { getUploadConfigProcedure } from './get-upload-config';

/** Console files. `POST /files/upload` is multipart, so it is a plain route (upload-file.ts). */
export const consoleFilesRouter = router({
  uploadConfig: getUploadConfigProcedure,
  supportType: getSupportTypeProcedure,
  preview: getFilePreviewProcedure,
});
