import { router } from '../../trpc';
import { webAnnotationsRouter } from './annotations/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  annotations: webAnnotationsRouter,
});

export type WebRouter = typeof webRouter;
