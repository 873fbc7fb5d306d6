import { router } from '../../trpc';
import { webAppMetadataRouter } from './app/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  app: webAppMetadataRouter,
});

export type WebRouter = typeof webRouter;
