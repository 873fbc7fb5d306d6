import { router } from '../../../trpc';
import { stopChatMessageProcedure, stopCompletionMessageProcedure } from './stop-task';

/** Stopping answers on the Service API; the generation itself is plain routes (it streams). */
export const serviceGenerationRouter = router({
  stopChatMessage: stopChatMessageProcedure,
  stopCompletionMessage: stopCompletionMessageProcedure,
});
