import { router } from '../../trpc';
import { webAnnotationsRouter } from './annotations/router';
import { webAppMetadataRouter } from './app/router';
import { webAuthRouter } from './auth/router';
import { stopWebChatProcedure, stopWebCompletionProcedure } from './generation/stop-task';
import { passportRouter } from './passport/router';
import { webRemoteFilesRouter } from './remote-files/router';
import { getWebSiteProcedure } from './site/get-site';
import { webAppAccessRouter } from './webapp/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  annotations: webAnnotationsRouter,
  app: webAppMetadataRouter,
  passport: passportRouter,
  site: getWebSiteProcedure,
  access: webAppAccessRouter,
  auth: webAuthRouter,
  stopChat: stopWebChatProcedure,
  stopCompletion: stopWebCompletionProcedure,
  remoteFiles: webRemoteFilesRouter,
});

export type WebRouter = typeof webRouter;
