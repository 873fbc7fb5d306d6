import { router } from '../../trpc';
import { webAuthRouter } from './auth/router';
import { passportRouter } from './passport/router';
import { getWebSiteProcedure } from './site/get-site';
import { webAppAccessRouter } from './webapp/router';

/** The web-app surface (`/api`) used by published apps' end users. */
export const webRouter = router({
  passport: passportRouter,
  site: getWebSiteProcedure,
  access: webAppAccessRouter,
  auth: webAuthRouter,
});

export type WebRouter = typeof webRouter;
