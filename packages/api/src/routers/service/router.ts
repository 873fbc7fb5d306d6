import { router } from '../../trpc';
import { appMetadataRouter } from './app/router';
import { serviceConversationsRouter } from './conversations/router';
import { serviceFeedbackRouter } from './feedback/router';
import { serviceMessagesRouter } from './messages/router';
import { serviceModelsRouter } from './models/router';
import { getApiRootProcedure } from './root/get-api-root';

/** The Service API surface (`/v1`), authenticated by app keys. */
export const serviceRouter = router({
  root: getApiRootProcedure,
  app: appMetadataRouter,
  models: serviceModelsRouter,
  conversations: serviceConversationsRouter,
  messages: serviceMessagesRouter,
  feedback: serviceFeedbackRouter,
});

export type ServiceRouter = typeof serviceRouter;
