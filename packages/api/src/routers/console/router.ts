import { router } from '../../trpc';
import { authRouter } from './auth/router';
import { setupRouter } from './setup/router';

/** The console surface (`/console/api`), also the typed RPC router of the Next.js pages. */
export const consoleRouter = router({
  setup: setupRouter,
  auth: authRouter,
});

export type ConsoleRouter = typeof consoleRouter;
