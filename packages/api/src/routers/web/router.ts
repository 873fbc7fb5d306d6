import { router } from '../../trpc';
import { webAnnotationsRouter } from './annotations/router';
import { webAppMetadataRouter } from './app/router';
import { webAuthRouter } from './auth/router';
import { webConversationsRouter } from './conversations/router';
import { stopWebChatProcedure, stopWebCompletionProcedure } from './generation/stop-task';
import { webMessagesRouter } from './messages/router';
import { passportRouter } from './passport/router';
import { webRemoteFilesRouter } from './remote-files/router';
import { webSavedMessagesRouter } from './saved-messages/router';
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
  conversations: webConversationsRouter,
  messages: webMessagesRouter,
  savedMessages: webSavedMessagesRouter,
});

export type WebRouter = typeof webRouter;
