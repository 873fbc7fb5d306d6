import { router } from '../../trpc';
import { serviceAnnotationsRouter } from './annotations/router';
import { appMetadataRouter } from './app/router';
import { serviceGenerationRouter } from './generation/router';
import { serviceConversationsRouter } from './conversations/router';
import { serviceDatasetsRouter } from './datasets/router';
import { serviceFeedbackRouter } from './feedback/router';
import { serviceMessagesRouter } from './messages/router';
import { serviceModelsRouter } from './models/router';
import { getApiRootProcedure } from './root/get-api-root';

/** The Service API surface (`/v1`), authenticated by app keys. */
export const serviceRouter = router({
  root: getApiRootProcedure,
  app: appMetadataRouter,
  models: serviceModelsRouter,
  generation: serviceGenerationRouter,
  annotations: serviceAnnotationsRouter,
  conversations: serviceConversationsRouter,
  messages: serviceMessagesRouter,
  feedback: serviceFeedbackRouter,
  datasets: serviceDatasetsRouter,
});

export type ServiceRouter = typeof serviceRouter;
