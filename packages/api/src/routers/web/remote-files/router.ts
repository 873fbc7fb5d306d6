import { router } from '../../../trpc';
import { getRemoteFileInfoProcedure } from './get-remote-file-info';
import { uploadRemoteFileProcedure } from './upload-remote-file';

/** Files the web app's end users link to rather than upload; literal path before the parameterised one. */
export const webRemoteFilesRouter = router({
  upload: uploadRemoteFileProcedure,
  info: getRemoteFileInfoProcedure,
});
