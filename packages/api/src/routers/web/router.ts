import { router } from '../../trpc';
import { webConversationsRouter } from './conversations/router';
import { webMessagesRouter } from './messages/router';
import { webSavedMessagesRouter } from './saved-messages/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  conversations: webConversationsRouter,
  messages: webMessagesRouter,
  savedMessages: webSavedMessagesRouter,
});

export type WebRouter = typeof webRouter;
