import { type PlainRoute } from '../http/surface';
import { chatMessagesRoute } from '../routers/service/generation/chat-messages';
import { completionMessagesRoute } from '../routers/service/generation/completion-messages';
import { taskEventsRoutes } from '../routers/service/generation/task-events';

/** Service API routes the OpenAPI adapter cannot serve: answers that may stream. */
export const servicePlainRoutes: PlainRoute[] = [chatMessagesRoute, completionMessagesRoute, ...taskEventsRoutes];
