import { router } from '../../trpc';
import { stopWebChatProcedure, stopWebCompletionProcedure } from './generation/stop-task';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  stopChat: stopWebChatProcedure,
  stopCompletion: stopWebCompletionProcedure,
});

export type WebRouter = typeof webRouter;
