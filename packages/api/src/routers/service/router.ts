import { router } from '../../trpc';
import { appMetadataRouter } from './app/router';

/** The Service API surface (`/v1`), authenticated by app keys. */
export const serviceRouter = router({
  app: appMetadataRouter,
});

export type ServiceRouter = typeof serviceRouter;
