import { router } from '../../trpc';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({});

export type WebRouter = typeof webRouter;
