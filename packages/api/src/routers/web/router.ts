import { router } from '../../trpc';
import { webRemoteFilesRouter } from './remote-files/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  remoteFiles: webRemoteFilesRouter,
});

export type WebRouter = typeof webRouter;
